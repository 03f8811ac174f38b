package dev.campaigncrm.llm.internal.provider;

import java.time.Duration;
import java.time.Instant;

/** The time the limits read and the waiting they do; injectable so that tests run without real waiting. */
public interface TimeSource {

    /** A monotonic reading in nanoseconds, for windows and delays. */
    long nanoTime();

    /** The wall-clock instant, only to read an HTTP-date {@code Retry-After}. */
    Instant now();

    /** Waits this long (or returns at once for a zero or negative duration). */
    void sleep(Duration duration) throws InterruptedException;

    /** The system's clocks and {@link Thread#sleep}. */
    static TimeSource system() {
        return SystemTimeSource.INSTANCE;
    }
}
