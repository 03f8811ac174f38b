package dev.campaigncrm.llm.internal.provider;

import java.util.Objects;

/**
 * Carries a classified {@link Failure} from the HTTP layer, through LangChain4j's model, to the provider's retry loop.
 * Its message is the failure's short reason, never a key or a request body.
 */
public final class ProviderFailureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Failure failure;

    /** Wraps a classified failure. */
    public ProviderFailureException(Failure failure) {
        super(failure.what(), null, false, false);
        this.failure = Objects.requireNonNull(failure, "failure");
    }

    /** The classified failure. */
    public Failure failure() {
        return failure;
    }
}
