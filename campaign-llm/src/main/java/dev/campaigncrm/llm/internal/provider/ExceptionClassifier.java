package dev.campaigncrm.llm.internal.provider;

import dev.campaigncrm.llm.LlmException.Kind;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.ContentFilteredException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Optional;

/**
 * Classifies what a model call threw: our own {@link ProviderFailureException} from the HTTP seam, or, for a
 * {@code ChatModel} the caller built, LangChain4j's exceptions (rate limit, HTTP status, timeouts).
 */
public final class ExceptionClassifier {

    private static final int MAX_DEPTH = 16;

    private ExceptionClassifier() {
    }

    /** The failure this exception stands for; unknown exceptions are OTHER and not retried. */
    public static Failure classify(Throwable thrown, Redactor redactor) {
        int depth = 0;
        for (Throwable t = thrown; t != null && depth < MAX_DEPTH; t = t.getCause(), depth++) {
            Optional<Failure> known = known(t);
            if (known.isPresent()) {
                return known.get();
            }
        }
        String message = redactor.clean(thrown.getMessage());
        return Failure.permanent(Kind.OTHER,
                thrown.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message));
    }

    private static Optional<Failure> known(Throwable t) {
        if (t instanceof ProviderFailureException p) {
            return Optional.of(p.failure());
        }
        if (t instanceof HttpException http) {
            return Optional.of(Failure.forStatus(http.statusCode(), Optional.empty(), ""));
        }
        if (t instanceof RateLimitException) {
            return Optional.of(Failure.temporary(Kind.RATE_LIMITED, "HTTP 429", Optional.empty()));
        }
        if (t instanceof InternalServerException) {
            return Optional.of(Failure.temporary(Kind.SERVER_ERROR, "server error", Optional.empty()));
        }
        if (t instanceof AuthenticationException) {
            return Optional.of(Failure.permanent(Kind.AUTH, "the key was refused"));
        }
        if (t instanceof ContentFilteredException) {
            return Optional.of(Failure.permanent(Kind.SAFETY, "answer blocked by the provider's content filter"));
        }
        if (t instanceof TimeoutException || t instanceof HttpTimeoutException
                || t instanceof SocketTimeoutException || t instanceof java.util.concurrent.TimeoutException) {
            return Optional.of(Failure.temporary(Kind.TIMEOUT, "no answer in time", Optional.empty()));
        }
        if (t instanceof com.fasterxml.jackson.core.JsonProcessingException) {
            return Optional.of(Failure.permanent(Kind.MALFORMED, "the provider's answer is not valid JSON"));
        }
        if (t instanceof IOException) {
            return Optional.of(Failure.temporary(Kind.NETWORK,
                    "cannot reach the server (" + t.getClass().getSimpleName() + ")", Optional.empty()));
        }
        return Optional.empty();
    }
}
