package dev.campaigncrm.mail.throttle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A fake clock whose time is kept per thread and moves only when that thread "sleeps" through {@link #sleeper()}.
 * Each thread's reading is exactly the moment its own wait ended, so what a thread records right after being let
 * through is the time it was let through, with no real waiting and no race between threads.
 */
final class VirtualClock extends Clock {

    private final Instant start;
    private final ThreadLocal<Instant> now;

    VirtualClock(Instant start) {
        this.start = start;
        this.now = ThreadLocal.withInitial(() -> start);
    }

    /** A sleeper that moves the calling thread's time forward instead of waiting. */
    Sleeper sleeper() {
        return this::advance;
    }

    void advance(Duration d) {
        now.set(now.get().plus(d));
    }

    void set(Instant instant) {
        now.set(instant);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    Instant start() {
        return start;
    }
}
