package dev.campaigncrm.llm.internal.steps;

import java.util.Objects;
import java.util.Optional;

/**
 * One item's answer after the campaign's checks: an accepted value, or the problem that rejected it.
 *
 * @param value   the accepted value, or null when rejected
 * @param problem why it was rejected, or empty when accepted
 * @param <O>     the value's type
 */
public record Checked<O>(O value, String problem) {

    /** Checks that exactly one of value and problem is given. */
    public Checked {
        problem = problem == null ? "" : problem;
        if ((value == null) == problem.isEmpty()) {
            throw new IllegalArgumentException("either a value or a problem");
        }
    }

    /** An accepted value. */
    public static <O> Checked<O> ok(O value) {
        return new Checked<>(Objects.requireNonNull(value, "value"), "");
    }

    /** A rejected answer and why. */
    public static <O> Checked<O> invalid(String problem) {
        return new Checked<>(null, problem);
    }

    /** The accepted value, if any. */
    public Optional<O> accepted() {
        return Optional.ofNullable(value);
    }
}
