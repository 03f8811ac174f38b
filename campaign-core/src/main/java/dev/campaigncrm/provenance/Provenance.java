package dev.campaigncrm.provenance;

/**
 * Who produced a result and, when the preferred producer could not, why it fell back: the campaign is honest about
 * what it did. Written to the artifacts as {@code ai_source} and {@code ai_fallback_reason}.
 *
 * @param source         e.g. {@code rules}, {@code template}, {@code simulated}, {@code gemini:gemini-2.5-flash}
 * @param fallbackReason empty unless this result replaced a failed one, e.g. "gemini: HTTP 429 after 3 attempts"
 */
public record Provenance(String source, String fallbackReason) {

    /** Normalises a null reason to empty. */
    public Provenance {
        java.util.Objects.requireNonNull(source, "source");
        fallbackReason = fallbackReason == null ? "" : fallbackReason;
    }

    /** Produced by {@code source} as intended. */
    public static Provenance of(String source) {
        return new Provenance(source, "");
    }

    /** Produced by {@code source} because the preferred producer failed for {@code reason}. */
    public static Provenance fallback(String source, String reason) {
        return new Provenance(source, reason);
    }

    /** True when this result is a fallback. */
    public boolean fellBack() {
        return !fallbackReason.isEmpty();
    }
}
