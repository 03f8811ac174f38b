package dev.campaigncrm.llm.internal.steps;

import java.util.List;
import java.util.Optional;

/**
 * What the provider chain produced for one item: a value from some provider, and the reasons every earlier
 * attempt failed (all of them when no provider succeeded).
 *
 * @param value   the accepted value, if a provider gave one
 * @param reasons one line per failed attempt, {@code <label>: <reason>}, in order
 * @param <O>     the value's type
 */
public record ChainResult<O>(Optional<O> value, List<String> reasons) {

    /** Copies the reasons. */
    public ChainResult {
        reasons = List.copyOf(reasons);
    }

    /** The reasons joined for {@code ai_fallback_reason}: {@code a: x; b: y}. */
    public String reasonText() {
        return String.join("; ", reasons);
    }
}
