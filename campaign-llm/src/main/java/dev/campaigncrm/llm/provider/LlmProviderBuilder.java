package dev.campaigncrm.llm.provider;

import dev.campaigncrm.llm.LlmProvider;
import dev.campaigncrm.llm.internal.provider.LimitedLlmProvider;
import dev.campaigncrm.llm.internal.provider.RateLimiter;
import dev.campaigncrm.llm.internal.provider.SharedRequestSlots;
import dev.campaigncrm.llm.internal.provider.TimeSource;
import dev.campaigncrm.retry.RetryPolicy;
import dev.campaigncrm.store.SendSlots;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * The limits every provider shares: requests and tokens per minute, attempts, the response cache. Each built provider
 * has its own limiter, shared by all threads that call it; build one provider per key and share it. With
 * {@link #sharedRpm} the requests a minute also hold for all the workers (processes) of a campaign together.
 *
 * @param <B> the concrete builder
 */
public abstract class LlmProviderBuilder<B extends LlmProviderBuilder<B>> {

    /** 3 attempts; full jitter up to 1 s, then 2 s, at most 30 s; a server's Retry-After honoured up to 2 minutes. */
    private static final RetryPolicy MODEL_RETRIES = RetryPolicy.exponential(3, Duration.ofSeconds(1), 2)
            .withMaxBackoff(Duration.ofSeconds(30)).withJitter().withMaxServerDelay(Duration.ofMinutes(2));

    private int rpm;
    private long tpm;
    private int maxAttempts = MODEL_RETRIES.maxAttempts();
    private ResponseCache cache = ResponseCache.disabled();
    private TimeSource time = TimeSource.system();
    private Random random = new Random();
    private Duration rateWindow = Duration.ofMinutes(1);
    private RetryPolicy retry = MODEL_RETRIES;
    private SendSlots sharedSlots;
    private String sharedCampaign;

    LlmProviderBuilder(int defaultRpm) {
        this.rpm = defaultRpm;
    }

    @SuppressWarnings("unchecked")
    final B self() {
        return (B) this;
    }

    /** At most this many requests (retries included) in any sliding minute; 0 means no limit. */
    public B rpm(int requestsPerMinute) {
        if (requestsPerMinute < 0) {
            throw new IllegalArgumentException("rpm must not be negative but was " + requestsPerMinute);
        }
        this.rpm = requestsPerMinute;
        return self();
    }

    /**
     * Makes the {@link #rpm} cap hold for all the workers of campaign {@code campaignId} together, counted in
     * {@code slots} (the campaign store's {@code sendSlots()}) under the scope {@code model:<label>}. Each attempt
     * takes this process's own permit first, then a slot of the shared count: the minute is cut into {@code rpm}
     * windows of {@code ceil(1 min / rpm)} on the wall clock, one request each, and a caller whose window another
     * worker took waits for the next one. All the workers together send at most {@code rpm + 1} requests in any
     * minute (undershoot, never more than one over); each one alone still at most {@code rpm}. The workers' clocks
     * must agree and they must be given the same rpm. No effect with an rpm of 0 (no cap); tokens a minute
     * ({@link #tpm}) stay per process.
     */
    public B sharedRpm(SendSlots slots, String campaignId) {
        this.sharedSlots = Objects.requireNonNull(slots, "slots");
        this.sharedCampaign = Objects.requireNonNull(campaignId, "campaignId");
        return self();
    }

    /** At most about this many tokens (request chars / 4 plus maxOutputTokens) in any sliding minute; 0: no limit. */
    public B tpm(long tokensPerMinute) {
        if (tokensPerMinute < 0) {
            throw new IllegalArgumentException("tpm must not be negative but was " + tokensPerMinute);
        }
        this.tpm = tokensPerMinute;
        return self();
    }

    /** Attempts per call, the first included (1 to 10, default 3); 429, 5xx, timeouts and network errors are retried. */
    public B maxAttempts(int attempts) {
        if (attempts < 1 || attempts > 10) {
            throw new IllegalArgumentException("maxAttempts must be from 1 to 10 but was " + attempts);
        }
        this.maxAttempts = attempts;
        return self();
    }

    /** Where valid answers are kept (default {@link ResponseCache#disabled()}). */
    public B cache(ResponseCache responseCache) {
        this.cache = Objects.requireNonNull(responseCache, "cache");
        return self();
    }

    /** The provider with these settings. */
    public abstract LlmProvider build();

    /** Test hook: the clock and sleeper used for limits and backoff. */
    B timeSource(TimeSource timeSource) {
        this.time = Objects.requireNonNull(timeSource, "timeSource");
        return self();
    }

    /** Test hook: the jitter's random source. */
    B random(Random jitter) {
        this.random = Objects.requireNonNull(jitter, "random");
        return self();
    }

    /** Test hook: the rate window (a minute in production) so that a test sees many windows quickly. */
    B rateWindow(Duration window) {
        this.rateWindow = Objects.requireNonNull(window, "window");
        return self();
    }

    /** Test hook: backoff delays. */
    B retryPolicy(RetryPolicy policy) {
        this.retry = Objects.requireNonNull(policy, "policy");
        return self();
    }

    final TimeSource time() {
        return time;
    }

    final ResponseCache responseCache() {
        return cache;
    }

    /** The limits of a provider labelled {@code label} (the shared count's scope is {@code model:<label>}). */
    final LimitedLlmProvider.Limits limits(String label) {
        Optional<SharedRequestSlots> shared = sharedSlots == null || rpm <= 0 ? Optional.empty()
                : Optional.of(new SharedRequestSlots(sharedSlots, sharedCampaign, "model:" + label, rpm, rateWindow,
                        time));
        return new LimitedLlmProvider.Limits(new RateLimiter(rpm, tpm, rateWindow, time), shared,
                retry.withMaxAttempts(maxAttempts), random, time);
    }
}
