package dev.campaigncrm.mail.internal.throttle;

import java.time.Duration;
import java.time.Instant;

/**
 * Messages per second as a token bucket, kept in the equivalent GCRA form (a theoretical arrival time): a burst of
 * {@code burst} messages, then one every {@code 1/rate} seconds. Not thread-safe: the caller holds a lock.
 */
public final class RateLimit {

    private final long intervalNanos;
    private final int burst;
    private Instant theoreticalArrival;

    /** {@code perSecond} messages a second (the interval rounded up to the nanosecond), bursts of {@code burst}. */
    public RateLimit(double perSecond, int burst) {
        if (!(perSecond >= 1d / 86_400) || perSecond > 1_000_000) {
            throw new IllegalArgumentException("messages per second must be from 1/86400 (one a day) to 1,000,000,"
                    + " not " + perSecond);
        }
        if (burst < 1 || burst > 10_000) {
            throw new IllegalArgumentException("burst must be from 1 to 10,000, not " + burst);
        }
        this.intervalNanos = (long) Math.ceil(1_000_000_000d / perSecond);
        this.burst = burst;
    }

    /** The earliest moment at or after {@code now} a message may be sent. */
    public Instant readyAt(Instant now) {
        if (theoreticalArrival == null) {
            return now;
        }
        Instant earliest = theoreticalArrival.minusNanos(intervalNanos * (burst - 1));
        return earliest.isAfter(now) ? earliest : now;
    }

    /** Counts a message sent at {@code at}. */
    public void record(Instant at) {
        Instant base = theoreticalArrival == null || at.isAfter(theoreticalArrival) ? at : theoreticalArrival;
        theoreticalArrival = base.plusNanos(intervalNanos);
    }

    /** E.g. {@code 10/s}. */
    @Override
    public String toString() {
        double rate = 1_000_000_000d / intervalNanos;
        String r = rate == Math.rint(rate) ? Long.toString((long) rate) : String.format(java.util.Locale.ROOT,
                "%.3f", rate);
        return r + "/s" + (burst > 1 ? " (burst " + burst + ")" : "") + " every " + Duration.ofNanos(intervalNanos);
    }
}
