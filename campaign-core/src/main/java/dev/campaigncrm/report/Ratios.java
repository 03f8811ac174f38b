package dev.campaigncrm.report;

/** Rates with a safe zero for an empty denominator, so no figure is ever NaN or infinite. */
final class Ratios {

    private Ratios() {
    }

    /** {@code part / whole}, or 0 when {@code whole} is not positive. */
    static double of(long part, long whole) {
        return whole <= 0 ? 0.0 : (double) part / whole;
    }
}
