package dev.campaigncrm.mail.throttle;

import java.time.Duration;

/** Waits for a while; injectable so that throttling can be tested with a fake clock and no real waiting. */
@FunctionalInterface
public interface Sleeper {

    /** Blocks the calling thread for {@code duration} (positive). */
    void sleep(Duration duration) throws InterruptedException;

    /** The real one: {@link Thread#sleep(long, int)}. */
    static Sleeper system() {
        return d -> {
            long nanos = d.toNanos();
            Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
        };
    }
}
