package dev.campaigncrm.rate;

import java.util.OptionalDouble;

/**
 * The most calls a minute this process may make to a rate-capped service, read anew each time a run resizes a
 * stage, so that a source shared by several processes (e.g. a share of one key's cap kept in a database) can hand out
 * a changing share. Empty means no cap.
 */
@FunctionalInterface
public interface RateCap {

    /** Calls a minute allowed now, above 0; empty when there is no cap. */
    OptionalDouble perMinute();

    /** No cap. */
    static RateCap none() {
        return OptionalDouble::empty;
    }

    /** A fixed cap of {@code callsPerMinute} (0 or less means no cap). */
    static RateCap perMinute(double callsPerMinute) {
        if (Double.isNaN(callsPerMinute)) {
            throw new IllegalArgumentException("a cap must be a number");
        }
        OptionalDouble cap = callsPerMinute > 0 ? OptionalDouble.of(callsPerMinute) : OptionalDouble.empty();
        return () -> cap;
    }
}
