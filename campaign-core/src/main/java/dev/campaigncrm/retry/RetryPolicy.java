package dev.campaigncrm.retry;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * How often and how patiently a failed call is tried again: the one retry policy of every module (SMTP sends, model
 * calls, the Sheets API). {@code maxAttempts} in all; the pause after failed attempt {@code n} is at most
 * {@code firstBackoff × factor^(n-1)}, capped at {@code maxBackoff}; with {@code jitter} it is a random time up to
 * that ceiling (full jitter, so many clients do not retry in step); a server's own wait ({@code Retry-After}) is
 * honoured when longer, and a server that asks for more than {@code maxServerDelay} is not retried at all (a daily
 * quota, not a per-minute one).
 *
 * @param maxAttempts    attempts in all, including the first: 1 to 10
 * @param firstBackoff   the pause (or its ceiling, with jitter) after the first failed attempt: 0 to 10 minutes
 * @param factor         how much longer each further pause is: 1 to 10
 * @param maxBackoff     the longest pause this policy chooses itself
 * @param jitter         whether a pause is a random time up to its ceiling rather than the ceiling itself
 * @param maxServerDelay the longest server-requested wait still honoured
 */
public record RetryPolicy(int maxAttempts, Duration firstBackoff, int factor, Duration maxBackoff, boolean jitter,
                          Duration maxServerDelay) {

    private static final Duration LIMIT = Duration.ofMinutes(10);

    /** Validates the values. */
    public RetryPolicy {
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("attempts must be from 1 to 10, not " + maxAttempts);
        }
        checkDelay("backoff", firstBackoff);
        checkDelay("longest backoff", maxBackoff);
        if (factor < 1 || factor > 10) {
            throw new IllegalArgumentException("backoff factor must be from 1 to 10, not " + factor);
        }
        Objects.requireNonNull(maxServerDelay, "maxServerDelay");
        if (maxServerDelay.isNegative()) {
            throw new IllegalArgumentException("the longest server wait must not be negative, not " + maxServerDelay);
        }
    }

    /**
     * {@code maxAttempts} attempts, pausing exactly {@code firstBackoff} after the first failure and {@code factor}
     * times longer after each further one, no longer than 10 minutes; a server's wait honoured up to 10 minutes.
     */
    public static RetryPolicy exponential(int maxAttempts, Duration firstBackoff, int factor) {
        return new RetryPolicy(maxAttempts, firstBackoff, factor, LIMIT, false, LIMIT);
    }

    /** The same policy with another number of attempts. */
    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, firstBackoff, factor, maxBackoff, jitter, maxServerDelay);
    }

    /** The same policy with its pauses capped at {@code longest}. */
    public RetryPolicy withMaxBackoff(Duration longest) {
        return new RetryPolicy(maxAttempts, firstBackoff, factor, longest, jitter, maxServerDelay);
    }

    /** The same policy with each pause a random time up to its ceiling. */
    public RetryPolicy withJitter() {
        return new RetryPolicy(maxAttempts, firstBackoff, factor, maxBackoff, true, maxServerDelay);
    }

    /** The same policy giving up when a server asks to wait longer than {@code longest}. */
    public RetryPolicy withMaxServerDelay(Duration longest) {
        return new RetryPolicy(maxAttempts, firstBackoff, factor, maxBackoff, jitter, longest);
    }

    /** Whether another attempt follows failed attempt {@code attempt} (1-based). */
    public boolean allowsAnotherAfter(int attempt) {
        return attempt < maxAttempts;
    }

    /** The longest pause after failed attempt {@code attempt} (1-based): the pause itself without jitter. */
    public Duration backoffAfter(int attempt) {
        Duration d = firstBackoff;
        for (int i = 1; i < attempt && d.compareTo(maxBackoff) < 0; i++) {
            d = d.multipliedBy(factor);
        }
        return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
    }

    /**
     * How long to wait after failed attempt {@code attempt} (1-based) before the next, given the wait the server asked
     * for, if any; empty when the server asked for longer than this policy honours.
     */
    public Optional<Duration> delayAfter(int attempt, Optional<Duration> serverDelay, Random random) {
        if (serverDelay.isPresent() && serverDelay.get().compareTo(maxServerDelay) > 0) {
            return Optional.empty();
        }
        Duration ceiling = backoffAfter(attempt);
        Duration backoff = jitter && !ceiling.isZero()
                ? Duration.ofMillis((long) (random.nextDouble() * (ceiling.toMillis() + 1)))
                : ceiling;
        return Optional.of(serverDelay.filter(d -> d.compareTo(backoff) > 0).orElse(backoff));
    }

    private static void checkDelay(String what, Duration d) {
        Objects.requireNonNull(d, what);
        if (d.isNegative() || d.compareTo(LIMIT) > 0) {
            throw new IllegalArgumentException(what + " must be from 0 to 10 minutes, not " + d);
        }
    }
}
