package dev.campaigncrm.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.rate.RateCap;
import java.time.Duration;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The limiter on a fake clock: every latency is a number the test sets, nothing waits. */
class AdaptiveLimitTest {

    private long now;

    private AdaptiveLimit limit(RateCap cap) {
        return new AdaptiveLimit(cap, 1, () -> now);
    }

    /** Lets one lead run {@code latency} on the fake clock, with {@code inFlight} leads in flight as it started. */
    private void lead(AdaptiveLimit limit, Duration latency, int inFlight) {
        long started = limit.started();
        now += latency.toNanos();
        limit.finished(started, inFlight);
    }

    @Test
    void withACapTheLimitIsTheCapPerSecondTimesTheMeasuredLatency() {
        AdaptiveLimit limit = limit(RateCap.perMinute(3000)); // 50 a second
        lead(limit, Duration.ofSeconds(1), 1);
        assertThat(limit.limit()).isEqualTo(50);

        AdaptiveLimit slower = limit(RateCap.perMinute(600)); // 10 a second
        lead(slower, Duration.ofMillis(2500), 1);
        assertThat(slower.limit()).isEqualTo(25);
    }

    @Test
    void withACapTheLimitFollowsTheLatencyAsItChanges() {
        AdaptiveLimit limit = limit(RateCap.perMinute(1200)); // 20 a second
        lead(limit, Duration.ofSeconds(1), 1);
        assertThat(limit.limit()).isEqualTo(20);
        for (int i = 0; i < 200; i++) {
            lead(limit, Duration.ofSeconds(3), 1);
        }
        assertThat(limit.limit()).isEqualTo(60);
        for (int i = 0; i < 200; i++) {
            lead(limit, Duration.ofMillis(500), 1);
        }
        assertThat(limit.limit()).isEqualTo(10);
    }

    @Test
    void withACapBeforeAnythingFinishedOneMinutesCapMayStartWithinTheBounds() {
        assertThat(limit(RateCap.perMinute(15)).limit()).isEqualTo(15);
        assertThat(limit(RateCap.perMinute(1)).limit()).isEqualTo(AdaptiveLimit.FLOOR);
        assertThat(limit(RateCap.perMinute(100_000)).limit()).isEqualTo(AdaptiveLimit.CEILING);
    }

    @Test
    void withACapTheLimitStaysBetweenTheFloorTheCeilingAndOneMinutesCap() {
        AdaptiveLimit fast = limit(RateCap.perMinute(60)); // one a second, answers in 10 ms
        lead(fast, Duration.ofMillis(10), 1);
        assertThat(fast.limit()).isEqualTo(AdaptiveLimit.FLOOR);

        AdaptiveLimit huge = limit(RateCap.perMinute(60_000)); // 1,000 a second, 2 s each
        lead(huge, Duration.ofSeconds(2), 1);
        assertThat(huge.limit()).isEqualTo(AdaptiveLimit.CEILING);

        AdaptiveLimit slow = limit(RateCap.perMinute(15)); // a quarter a second, but answers take 2 minutes
        lead(slow, Duration.ofMinutes(2), 1);
        assertThat(slow.limit()).isEqualTo(15); // more would only wait for the rate limiter
    }

    @Test
    void aBatchingStepCountsLeadsNotCallsAndKeepsTwoBatchesInFlight() {
        AdaptiveLimit batched = new AdaptiveLimit(RateCap.perMinute(600), 5, () -> now); // 10 calls of 5 a second
        lead(batched, Duration.ofSeconds(1), 1);
        assertThat(batched.limit()).isEqualTo(50);

        AdaptiveLimit tight = new AdaptiveLimit(RateCap.perMinute(15), 5, () -> now); // a quarter call a second
        assertThat(tight.limit()).isEqualTo(75); // a minute's cap: 15 calls of 5
        lead(tight, Duration.ofSeconds(1), 1);
        assertThat(tight.limit()).isEqualTo(10); // Little's law says 1; two batches of 5 so that they fill
    }

    @Test
    void theCapIsReadAnewSoAChangingShareIsFollowed() {
        AtomicReference<OptionalDouble> share = new AtomicReference<>(OptionalDouble.of(3000));
        AdaptiveLimit limit = limit(share::get);
        lead(limit, Duration.ofSeconds(1), 1);
        assertThat(limit.limit()).isEqualTo(50);

        share.set(OptionalDouble.of(600)); // another process took part of the cap
        lead(limit, Duration.ofSeconds(1), 1);
        assertThat(limit.limit()).isEqualTo(10);
    }

    @Test
    void withoutACapItStartsHighAndGrowsWhileEverySlotIsTakenAndTheLatencyHolds() {
        AdaptiveLimit limit = limit(RateCap.none());
        assertThat(limit.limit()).isEqualTo(AdaptiveLimit.START_WITHOUT_CAP);
        for (int i = 0; i < 10; i++) {
            lead(limit, Duration.ofSeconds(1), limit.limit());
        }
        assertThat(limit.limit()).isEqualTo(AdaptiveLimit.START_WITHOUT_CAP + 10);
        for (int i = 0; i < 1000; i++) {
            lead(limit, Duration.ofSeconds(1), limit.limit());
        }
        assertThat(limit.limit()).isEqualTo(AdaptiveLimit.CEILING);
    }

    @Test
    void withoutACapItDoesNotGrowWhenSlotsAreLeftOver() {
        AdaptiveLimit limit = limit(RateCap.none());
        for (int i = 0; i < 50; i++) {
            lead(limit, Duration.ofSeconds(1), 50);
        }
        assertThat(limit.limit()).isEqualTo(AdaptiveLimit.START_WITHOUT_CAP);
    }

    @Test
    void withoutACapItSettlesNearWhatAQueueingModelCanServe() {
        // a model that serves 10 requests at a time in 1 s each and queues the rest: the first answer comes back
        // in 1 s; once more than 10 are in flight, each waits for those ahead (in flight / 10 seconds)
        AdaptiveLimit limit = limit(RateCap.none());
        lead(limit, Duration.ofSeconds(1), limit.limit());
        for (int i = 0; i < 3000; i++) {
            int inFlight = limit.limit();
            lead(limit, Duration.ofMillis(Math.max(1000, inFlight * 100L)), inFlight);
        }
        // 10 in flight keep it busy without a queue; the limit allows a latency up to twice the fastest
        assertThat(limit.limit()).isBetween(10, 2 * 10 + 1);
    }

    @Test
    void withoutACapItShrinksWhenTheModelStartsQueueingAndNeverBelowTheFloor() {
        AdaptiveLimit limit = limit(RateCap.none());
        for (int i = 0; i < 100; i++) {
            lead(limit, Duration.ofSeconds(1), limit.limit());
        }
        int before = limit.limit();
        lead(limit, Duration.ofSeconds(4), limit.limit()); // answers suddenly take four times as long
        lead(limit, Duration.ofSeconds(4), limit.limit());
        int after = limit.limit();
        assertThat(after).isLessThan(before).isEqualTo(before - before / 4); // a quarter less

        // at most one cut per limit's worth of leads: the next leads, as slow, do not cut again at once
        lead(limit, Duration.ofSeconds(4), limit.limit());
        assertThat(limit.limit()).isEqualTo(after);

        for (int i = 0; i < 2000; i++) {
            lead(limit, Duration.ofSeconds(1L << Math.min(i / 50, 20)), limit.limit()); // ever slower
        }
        assertThat(limit.limit()).isEqualTo(AdaptiveLimit.FLOOR);
    }
}
