package dev.campaigncrm.report;

import java.util.Comparator;
import java.util.Objects;

/**
 * How many times something happened, e.g. a producer's name or a failure reason.
 *
 * @param name  what was counted
 * @param count how many times
 */
public record Count(String name, int count) {

    /** Largest count first, then by name: the order every count list in the statistics uses. */
    public static final Comparator<Count> ORDER =
            Comparator.comparingInt(Count::count).reversed().thenComparing(Count::name);

    /** Checks the values. */
    public Count {
        Objects.requireNonNull(name, "name");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative but was " + count);
        }
    }
}
