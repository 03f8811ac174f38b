package dev.campaigncrm.mail.internal.throttle;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts consecutive failed sends and, after {@code threshold} of them, pauses sending for a while. Thread-safe. */
public final class FailurePause {

    private static final Logger log = LoggerFactory.getLogger(FailurePause.class);

    private final int threshold;
    private final Duration pause;
    private int consecutive;
    private Instant pausedUntil = Instant.MIN;

    /** Pauses for {@code pause} (positive) after {@code threshold} (at least 1) failures in a row. */
    public FailurePause(int threshold, Duration pause) {
        if (threshold < 1) {
            throw new IllegalArgumentException("the failure threshold must be at least 1, not " + threshold);
        }
        if (pause == null || pause.isNegative() || pause.isZero()) {
            throw new IllegalArgumentException("the pause after failures must be positive, not " + pause);
        }
        this.threshold = threshold;
        this.pause = pause;
    }

    /** A send succeeded: the count starts again. */
    public synchronized void succeeded() {
        consecutive = 0;
    }

    /** A send failed at {@code now}; the threshold-th failure in a row starts a pause and the count again. */
    public synchronized void failed(Instant now) {
        consecutive++;
        if (consecutive >= threshold) {
            consecutive = 0;
            Instant until = now.plus(pause);
            if (until.isAfter(pausedUntil)) {
                pausedUntil = until;
            }
            log.warn("{} sends failed in a row; pausing sending until {}", threshold, pausedUntil);
        }
    }

    /** The end of the current pause, or {@code now} when sending is not paused. */
    public synchronized Instant readyAt(Instant now) {
        return pausedUntil.isAfter(now) ? pausedUntil : now;
    }

    /** E.g. {@code pause PT1M after 5 failures}. */
    @Override
    public String toString() {
        return "pause " + pause + " after " + threshold + " failures";
    }
}
