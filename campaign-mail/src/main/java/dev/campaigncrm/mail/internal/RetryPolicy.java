package dev.campaigncrm.mail.internal;

import java.time.Duration;

/**
 * How often and how patiently a message is tried: {@code attempts} in all, waiting {@code firstBackoff} after the
 * first failure and {@code factor} times longer after each further one (e.g. 3 attempts: 1 s, then 4 s).
 *
 * @param attempts     the most attempts per message, at least 1
 * @param firstBackoff the pause after the first failed attempt
 * @param factor       how much longer each further pause is
 */
public record RetryPolicy(int attempts, Duration firstBackoff, int factor) {

    /** Three attempts, 1 s and 4 s apart. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofSeconds(1), 4);

    /** Validates the values. */
    public RetryPolicy {
        if (attempts < 1 || attempts > 10) {
            throw new IllegalArgumentException("attempts must be from 1 to 10, not " + attempts);
        }
        if (firstBackoff == null || firstBackoff.isNegative() || firstBackoff.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("backoff must be from 0 to 10 minutes, not " + firstBackoff);
        }
        if (factor < 1 || factor > 10) {
            throw new IllegalArgumentException("backoff factor must be from 1 to 10, not " + factor);
        }
    }

    /** The pause after failed attempt number {@code attempt} (1-based). */
    public Duration backoffAfter(int attempt) {
        Duration d = firstBackoff;
        for (int i = 1; i < attempt; i++) {
            d = d.multipliedBy(factor);
        }
        return d;
    }
}
