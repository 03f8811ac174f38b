package dev.campaigncrm.llm.internal.provider;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;

/**
 * Bounded attempts with exponential backoff and full jitter: before attempt {@code n+1} wait a random time in
 * {@code [0, min(maxBackoff, baseDelay * 2^(n-1))]}, but never less than the server's {@code Retry-After}; give up at
 * once when the server asks for more than {@code maxServerDelay} (a daily quota, not a per-minute one).
 *
 * @param maxAttempts    attempts in all, including the first (at least 1)
 * @param baseDelay      the backoff's first ceiling
 * @param maxBackoff     the backoff's largest ceiling
 * @param maxServerDelay the longest server-requested wait still honoured
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxBackoff, Duration maxServerDelay) {

    /** The defaults: 3 attempts, 1 s doubling up to 30 s, server waits up to 2 minutes. */
    public static final RetryPolicy DEFAULT =
            new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(2));

    /** Checks the bounds. */
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1 but was " + maxAttempts);
        }
        if (baseDelay.isNegative() || maxBackoff.isNegative() || maxServerDelay.isNegative()) {
            throw new IllegalArgumentException("delays must not be negative");
        }
    }

    /** The same policy with another number of attempts. */
    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, baseDelay, maxBackoff, maxServerDelay);
    }

    /**
     * How long to wait after failed attempt {@code attempt} (1-based) before the next, or empty when the server asked
     * for longer than this policy honours.
     */
    public Optional<Duration> delayAfter(int attempt, Optional<Duration> serverDelay, Random random) {
        if (serverDelay.isPresent() && serverDelay.get().compareTo(maxServerDelay) > 0) {
            return Optional.empty();
        }
        long ceiling = baseDelay.toMillis() << Math.min(attempt - 1, 20);
        ceiling = Math.min(Math.max(ceiling, 0), maxBackoff.toMillis());
        long jittered = ceiling <= 0 ? 0 : (long) (random.nextDouble() * (ceiling + 1));
        Duration backoff = Duration.ofMillis(jittered);
        return Optional.of(serverDelay.filter(d -> d.compareTo(backoff) > 0).orElse(backoff));
    }
}
