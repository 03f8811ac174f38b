package dev.campaigncrm.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock that stands still until the test sets or advances it; for tests on any module (test-jar). */
public final class MovableClock extends Clock {

    private volatile Instant now;

    /** A clock standing at {@code start}. */
    public MovableClock(Instant start) {
        this.now = start;
    }

    /** Moves the clock to an instant, forward or back. */
    public void set(Instant instant) {
        this.now = instant;
    }

    /** Moves the clock forward. */
    public void advance(Duration d) {
        this.now = now.plus(d);
    }

    /** The instant the clock stands at. */
    @Override
    public Instant instant() {
        return now;
    }

    /** UTC. */
    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** This clock: its zone does not change its instant. */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
