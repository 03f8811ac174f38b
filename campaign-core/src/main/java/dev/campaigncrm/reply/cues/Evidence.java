package dev.campaigncrm.reply.cues;



/**
 * One cue found in a reply, after negation was applied.
 *
 * @param kind        what it signals
 * @param weight      how strongly, 0–1
 * @param description what the reply does, e.g. "asks to schedule a call"
 * @param quote       the words of the reply that matched, on one line
 */
record Evidence(CueKind kind, double weight, String description, String quote) {

    private static final int MAX_QUOTE = 60;

    /** Shortens the quote. */
    public Evidence {
        quote = quote.length() > MAX_QUOTE ? quote.substring(0, MAX_QUOTE) + "…" : quote;
    }

    /** The class this evidence counts towards. */
    public Intent category() {
        return kind.category();
    }

    /** {@code description ('quote')}, for a rationale. */
    public String explain() {
        return description + " ('" + quote + "')";
    }
}
