package dev.campaigncrm.report;

/**
 * A 95% confidence interval for a rate, both ends between 0 and 1.
 *
 * @param low  the lower end
 * @param high the upper end
 */
record Interval(double low, double high) {

    /** Checks the ends. */
    Interval {
        if (!(low >= 0 && high <= 1 && low <= high)) {
            throw new IllegalArgumentException("an interval runs from 0 to 1 with low <= high: " + low + ", " + high);
        }
    }

    /** True when the value lies inside the interval, ends included. */
    boolean contains(double value) {
        return value >= low && value <= high;
    }
}
