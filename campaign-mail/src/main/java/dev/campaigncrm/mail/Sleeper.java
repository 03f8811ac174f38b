package dev.campaigncrm.mail;

import java.time.Duration;

/** Waits between delivery attempts; tests pass one that records the pauses instead of waiting. */
@FunctionalInterface
public interface Sleeper {

    /** Waits for {@code duration}. */
    void sleep(Duration duration) throws InterruptedException;

    /** The real thing: {@link Thread#sleep(long)}. */
    static Sleeper system() {
        return d -> Thread.sleep(d.toMillis());
    }
}
