package dev.campaigncrm.mail.internal.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;

/**
 * At most {@code max} messages in any sliding period (listmonk's "sliding window"): a message may go at {@code t}
 * when fewer than {@code max} were sent in {@code (t - period, t]}. Not thread-safe: the caller holds a lock.
 */
public final class WindowLimit {

    private final int max;
    private final Duration period;
    private final ArrayDeque<Instant> recent = new ArrayDeque<>();

    /** {@code max} messages (at least 1) per {@code period} (positive). */
    public WindowLimit(int max, Duration period) {
        if (max < 1) {
            throw new IllegalArgumentException("a window limit must allow at least 1 message, not " + max);
        }
        if (period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a window limit's period must be positive, not " + period);
        }
        this.max = max;
        this.period = period;
    }

    /** The earliest moment at or after {@code now} a message may be sent. */
    public Instant readyAt(Instant now) {
        if (recent.size() < max) {
            return now;
        }
        Instant free = recent.peekFirst().plus(period);
        return free.isAfter(now) ? free : now;
    }

    /** Counts a message sent at {@code at}; only the latest {@code max} times matter, older ones are dropped. */
    public void record(Instant at) {
        recent.addLast(at);
        while (recent.size() > max) {
            recent.removeFirst();
        }
    }

    /** E.g. {@code 100 per PT1H}. */
    @Override
    public String toString() {
        return max + " per " + period;
    }
}
