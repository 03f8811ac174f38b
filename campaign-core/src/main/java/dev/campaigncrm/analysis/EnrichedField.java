package dev.campaigncrm.analysis;

import dev.campaigncrm.lead.LeadField;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A missing field the enricher filled in, with where the value came from and how sure it is.
 * A value of {@link #UNKNOWN} means the enricher looked and could not tell; the lead's field then stays empty.
 *
 * @param field      the column filled
 * @param value      the inferred value, or {@link #UNKNOWN}
 * @param source     the evidence, e.g. "company name 'Acme Health'", "email domain", "industry benchmark"
 * @param confidence 0.0–1.0
 */
public record EnrichedField(LeadField field, String value, String source, double confidence) {

    /** The value recorded when the field could not be inferred. */
    public static final String UNKNOWN = "unknown";

    private static final Pattern DESCRIBED =
            Pattern.compile("([a-z_]+)=(.*?) \\(([^()]*), (\\d+\\.\\d+)\\)(?:; |$)");

    /** Checks the confidence range. */
    public EnrichedField {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be 0..1 but was " + confidence);
        }
    }

    /** True when a value was inferred. */
    public boolean known() {
        return !UNKNOWN.equals(value);
    }

    /** Compact form for the {@code enriched_fields} column: {@code industry=Healthcare (company name, 0.80)}. */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%s=%s (%s, %.2f)", field.column(), value, source, confidence);
    }

    /**
     * Parses {@link #describe()} entries joined by {@code "; "} back, as far as the text allows: entries that do not
     * parse (an unknown column, a source with parentheses, a confidence outside 0..1) are left out, and the
     * confidence is the two decimals {@code describe()} wrote.
     */
    public static List<EnrichedField> parseAll(String text) {
        List<EnrichedField> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = DESCRIBED.matcher(text);
        while (m.find()) {
            LeadField field = null;
            for (LeadField f : LeadField.values()) {
                if (f.column().equals(m.group(1))) {
                    field = f;
                }
            }
            double confidence = Double.parseDouble(m.group(4));
            if (field != null && confidence >= 0 && confidence <= 1) {
                out.add(new EnrichedField(field, m.group(2), m.group(3), confidence));
            }
        }
        return out;
    }
}
