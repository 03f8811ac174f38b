package dev.campaigncrm.llm.internal.provider;

import dev.campaigncrm.llm.LlmException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Why one attempt gave no usable answer, already classified.
 *
 * @param kind       the failure's kind
 * @param what       a short reason without secrets, e.g. {@code HTTP 429} or {@code finishReason SAFETY}
 * @param retryable  whether another attempt may succeed (429, 5xx, timeouts, network)
 * @param retryAfter how long the server asked us to wait, if it said
 */
public record Failure(LlmException.Kind kind, String what, boolean retryable, Optional<Duration> retryAfter) {

    /** Checks that every part is present. */
    public Failure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** A failure that another attempt will not fix. */
    public static Failure permanent(LlmException.Kind kind, String what) {
        return new Failure(kind, what, false, Optional.empty());
    }

    /** A failure that another attempt may fix. */
    public static Failure temporary(LlmException.Kind kind, String what, Optional<Duration> retryAfter) {
        return new Failure(kind, what, true, retryAfter);
    }

    /** The failure for an HTTP status that is not 2xx. */
    public static Failure forStatus(int status, Optional<Duration> retryAfter, String detail) {
        String what = "HTTP " + status + (detail.isBlank() ? "" : " (" + detail + ")");
        if (status == 429) {
            return temporary(LlmException.Kind.RATE_LIMITED, "HTTP 429", retryAfter);
        }
        if (status == 408) {
            return temporary(LlmException.Kind.TIMEOUT, "HTTP 408", retryAfter);
        }
        if (status >= 500) {
            return temporary(LlmException.Kind.SERVER_ERROR, "HTTP " + status, retryAfter);
        }
        if (status == 401 || status == 403) {
            return permanent(LlmException.Kind.AUTH, "HTTP " + status + ", the key was refused");
        }
        return permanent(LlmException.Kind.OTHER, what);
    }

    /** The exception the caller sees, e.g. {@code gemini:gemini-2.5-flash: HTTP 429 after 3 attempts}. */
    public LlmException toException(String label, int attempts, Throwable cause) {
        String reason = label + ": " + what + (retryable && attempts > 1 ? " after " + attempts + " attempts" : "");
        return cause == null ? new LlmException(kind, reason) : new LlmException(kind, reason, cause);
    }
}
