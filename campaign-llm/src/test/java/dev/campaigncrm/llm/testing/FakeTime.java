package dev.campaigncrm.llm.testing;

import dev.campaigncrm.llm.internal.provider.TimeSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that only moves when someone sleeps: sleeping returns at once and advances the time. Thread-safe. */
public final class FakeTime implements TimeSource {

    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    private final AtomicLong nanos = new AtomicLong();
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @Override
    public long nanoTime() {
        return nanos.get();
    }

    @Override
    public Instant now() {
        return START.plusNanos(nanos.get());
    }

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
        if (!duration.isNegative()) {
            nanos.addAndGet(duration.toNanos());
        }
    }

    /** Moves the clock without a sleep. */
    public void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    /** Every sleep so far, in order. */
    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    /** The time elapsed since the start. */
    public Duration elapsed() {
        return Duration.ofNanos(nanos.get());
    }
}
