package dev.campaigncrm.lead;

/** Where a lead came from: a file (or other source name) and its 1-based line, 0 when not from a file. */
public record SourceRef(String source, long line) {

    /** A lead built in code, not read from a file. */
    public static SourceRef inCode() {
        return new SourceRef("code", 0);
    }

    /** The file and line, as used in messages: {@code leads.csv:12}. */
    @Override
    public String toString() {
        return line > 0 ? source + ":" + line : source;
    }
}
