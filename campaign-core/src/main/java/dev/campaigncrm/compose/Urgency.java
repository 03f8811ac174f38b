package dev.campaigncrm.compose;

/** How pressing an email is; follows the priority score. */
public enum Urgency {
    /** 80–100: direct, value-driven, a clear call to action. */
    HIGH(80),
    /** 60–79: consultative, problem-solving. */
    WARM(60),
    /** 40–59: educational, showing benefits. */
    MEDIUM(40),
    /** Below 40: a gentle introduction offering value up front. */
    COLD(0);

    private final int from;

    Urgency(int from) {
        this.from = from;
    }

    /** The lowest score in this band. */
    public int from() {
        return from;
    }

    /** The band a 0–100 score falls in. */
    public static Urgency forScore(int score) {
        for (Urgency u : values()) {
            if (score >= u.from) {
                return u;
            }
        }
        return COLD;
    }

    /** Lower-case name for the artifacts, e.g. {@code high}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
