package dev.campaigncrm.lead;

/**
 * A row that cannot be used as a lead, kept with the field at fault, the reason and the raw text so that
 * nothing is lost: it is written to {@code output/rejected_leads.csv}.
 *
 * @param source where it came from (file and line)
 * @param field  the column at fault, e.g. {@code email}; empty when the whole row is at fault
 * @param reason a sentence a person can act on, e.g. "missing email"
 * @param raw    the row as it was read (CSV-joined fields)
 */
public record RejectedRow(SourceRef source, String field, String reason, String raw) implements LeadRow {

    /** The message a person reads: file, line, field and reason. */
    public String message() {
        return source + (field.isEmpty() ? "" : " [" + field + "]") + ": " + reason;
    }

    /**
     * Cells joined as one CSV line, the form of {@link #raw()}: commas between cells, a cell quoted (quotes doubled)
     * when it holds a comma, a quote or a line break; null cells are empty.
     */
    public static String joinRaw(java.util.List<String> cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String v = cells.get(i) == null ? "" : cells.get(i);
            boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
            out.append(i == 0 ? "" : ",").append(quote ? '"' + v.replace("\"", "\"\"") + '"' : v);
        }
        return out.toString();
    }
}
