package dev.campaigncrm.analysis;

import dev.campaigncrm.lead.LeadField;

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
}
