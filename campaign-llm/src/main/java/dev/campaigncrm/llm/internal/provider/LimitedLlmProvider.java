package dev.campaigncrm.llm.internal.provider;

import dev.campaigncrm.llm.LlmException;
import dev.campaigncrm.llm.LlmProvider;
import dev.campaigncrm.llm.LlmRequest;
import dev.campaigncrm.rate.RateCap;
import dev.campaigncrm.retry.RetryPolicy;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link ChatModel} behind the campaign's limits: cache first, then for each attempt a rate-limiter permit (and,
 * when the cap is shared by the workers of a campaign, a slot of the shared count after it), one model call
 * (LangChain4j's own retries off), the answer checked to be one complete JSON value; 429, 5xx, timeouts and network
 * errors retried with backoff and jitter honouring the server's wait; everything else fails at once.
 */
public final class LimitedLlmProvider implements LlmProvider {

    private static final Logger LOG = LoggerFactory.getLogger(LimitedLlmProvider.class);

    private final String label;
    private final String model;
    private final ChatModel chatModel;
    private final Limits limits;
    private final AnswerCache cache;
    private final Redactor redactor;

    /**
     * The shared limits of one provider instance.
     *
     * @param limiter the rate limiter every attempt passes
     * @param shared  the count every attempt passes next, shared with the campaign's other workers; empty when the
     *                cap holds per process only
     * @param retry   attempts and backoff
     * @param random  the backoff's jitter
     * @param time    the clock and sleeper for backoff
     */
    public record Limits(RateLimiter limiter, Optional<SharedRequestSlots> shared, RetryPolicy retry, Random random,
                         TimeSource time) {

        /** Checks that every part is present. */
        public Limits {
            Objects.requireNonNull(limiter, "limiter");
            Objects.requireNonNull(shared, "shared");
            Objects.requireNonNull(retry, "retry");
            Objects.requireNonNull(random, "random");
            Objects.requireNonNull(time, "time");
        }

        /** Limits that hold per process only. */
        public Limits(RateLimiter limiter, RetryPolicy retry, Random random, TimeSource time) {
            this(limiter, Optional.empty(), retry, random, time);
        }
    }

    /**
     * A provider.
     *
     * @param label     who answers, e.g. {@code gemini:gemini-2.5-flash}; never contains a key
     * @param model     the model's name for the cache key (may be empty)
     * @param chatModel the model, with LangChain4j's retries off where possible
     * @param limits    rate limit, retries, clock
     * @param cache     the response cache (possibly disabled)
     * @param redactor  hides the key in any text that reaches a log or an exception
     */
    public LimitedLlmProvider(String label, String model, ChatModel chatModel, Limits limits, AnswerCache cache,
                              Redactor redactor) {
        this.label = Objects.requireNonNull(label, "label");
        this.model = Objects.requireNonNull(model, "model");
        this.chatModel = Objects.requireNonNull(chatModel, "chatModel");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.redactor = Objects.requireNonNull(redactor, "redactor");
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String completeJson(LlmRequest request) throws LlmException {
        Optional<String> hit = cache.get(label, model, request);
        if (hit.isPresent()) {
            LOG.debug("{}: {} answered from the cache", label, request.task());
            return hit.get();
        }
        String json = call(request);
        cache.put(label, model, request, json);
        return json;
    }

    /** The requests a minute its rate limiter allows. */
    @Override
    public RateCap rateCap() {
        return limits.limiter().cap();
    }

    private String call(LlmRequest request) throws LlmException {
        ChatRequest chatRequest = toChatRequest(request);
        long tokens = estimateTokens(request);
        int maxAttempts = limits.retry().maxAttempts();
        for (int attempt = 1; ; attempt++) {
            Failure failure;
            RuntimeException thrown;
            RateLimiter.Permit permit = acquire(tokens);
            try {
                return AnswerChecker.check(chatModel.chat(chatRequest));
            } catch (RuntimeException e) {
                thrown = e;
                failure = ExceptionClassifier.classify(e, redactor);
            } finally {
                permit.close();
            }
            if (!failure.retryable() || attempt >= maxAttempts) {
                throw failure.toException(label, attempt, causeFor(thrown));
            }
            Optional<Duration> delay = limits.retry().delayAfter(attempt, failure.retryAfter(), limits.random());
            if (delay.isEmpty()) {
                Failure gaveUp = Failure.permanent(failure.kind(), failure.what() + ", server asked to wait "
                        + failure.retryAfter().map(Duration::toSeconds).orElse(0L) + "s");
                throw gaveUp.toException(label, attempt, null);
            }
            LOG.warn("{}: {} {} on attempt {}/{}; retrying in {} ms", label, request.task(), failure.what(),
                    attempt, maxAttempts, delay.get().toMillis());
            sleep(delay.get());
        }
    }

    private static Throwable causeFor(RuntimeException thrown) {
        // our own failures carry nothing worth keeping; LangChain4j's may (a caller's own ChatModel)
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ProviderFailureException) {
                return null;
            }
        }
        return thrown;
    }

    /** The local permit, then the shared slot (the permit is closed again when the wait for the slot fails). */
    private RateLimiter.Permit acquire(long tokens) throws LlmException {
        RateLimiter.Permit permit;
        try {
            permit = limits.limiter().acquire(tokens);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmException(LlmException.Kind.OTHER, label + ": interrupted while waiting for the rate limit");
        }
        if (limits.shared().isEmpty()) {
            return permit;
        }
        boolean taken = false;
        try {
            limits.shared().get().take();
            taken = true;
            return permit;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmException(LlmException.Kind.OTHER,
                    label + ": interrupted while waiting for the rate limit shared by the workers");
        } finally {
            if (!taken) {
                permit.close();
            }
        }
    }

    private void sleep(Duration delay) throws LlmException {
        try {
            limits.time().sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmException(LlmException.Kind.OTHER, label + ": interrupted while waiting to retry");
        }
    }

    /** About the tokens a request uses: its text and schema at four characters per token, plus its answer cap. */
    static long estimateTokens(LlmRequest request) {
        long chars = (long) request.system().length() + request.user().length()
                + String.valueOf(request.schema()).length();
        return chars / 4 + request.maxOutputTokens();
    }

    private static ChatRequest toChatRequest(LlmRequest request) {
        return ChatRequest.builder()
                .messages(SystemMessage.from(request.system()), UserMessage.from(request.user()))
                .responseFormat(ResponseFormat.builder()
                        .type(ResponseFormatType.JSON)
                        .jsonSchema(request.schema())
                        .build())
                .maxOutputTokens(request.maxOutputTokens())
                .build();
    }

    @Override
    public String toString() {
        return "LlmProvider[" + label + "]";
    }
}
