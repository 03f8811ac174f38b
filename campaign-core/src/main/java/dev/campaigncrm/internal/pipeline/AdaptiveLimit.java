package dev.campaigncrm.internal.pipeline;

import dev.campaigncrm.rate.RateCap;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.LongSupplier;

/**
 * How many leads one model-bound stage may have in flight, following the model's cap and the time per lead measured
 * here; one per stage and run, thread-safe.
 * <ul>
 * <li>With a cap: Little's law, leads in flight = calls a second × leads per call × latency (the long-run average of
 * the measured time per lead, rounded), between the floor and {@link #CEILING}, and never above one minute's cap,
 * which the provider's rate limiter would only queue. Before the first lead finishes, one minute's cap within the
 * same bounds.</li>
 * <li>Without a cap: starts at {@link #START_WITHOUT_CAP}. A lead that found every slot taken while the recent latency
 * stays within {@link #TOLERANCE} times the fastest latency seen adds a slot (more leads at the same latency is more
 * throughput); a recent latency above that means the model is queueing, and the limit loses a quarter, at most once
 * per limit's worth of finished leads.</li>
 * </ul>
 * The floor is {@link #FLOOR} leads, or two calls' worth for a batching step so that its batches fill. The cap is read
 * anew at every finished lead, so a cap that changes (a process's share of a shared cap) is followed.
 */
final class AdaptiveLimit {

    /** The fewest leads in flight for a step of one lead per call. */
    static final int FLOOR = 2;
    /** The most leads in flight. */
    static final int CEILING = 128;
    /** The limit without a cap before anything was measured. */
    static final int START_WITHOUT_CAP = 64;
    /** How far the recent latency may rise above the fastest one before the uncapped limit shrinks. */
    static final double TOLERANCE = 2.0;

    private static final double RECENT_WEIGHT = 0.3;
    private static final double LONG_RUN_WEIGHT = 0.05;

    private final RateCap cap;
    private final int leadsPerCall;
    private final int floor;
    private final LongSupplier nanoClock;
    private volatile int limit;
    private double recentNanos;
    private double longRunNanos;
    private double fastestNanos;
    private long samples;
    private long sinceDecrease = Long.MAX_VALUE / 2;

    /**
     * A limit following {@code cap} (calls a minute) for a step of {@code leadsPerCall} leads a call, timing leads on
     * {@code nanoClock} (a monotonic reading in nanoseconds).
     */
    AdaptiveLimit(RateCap cap, int leadsPerCall, LongSupplier nanoClock) {
        if (leadsPerCall < 1) {
            throw new IllegalArgumentException("leadsPerCall must be at least 1 but was " + leadsPerCall);
        }
        this.cap = Objects.requireNonNull(cap, "cap");
        this.leadsPerCall = leadsPerCall;
        this.floor = Math.min(CEILING, Math.max(FLOOR, 2 * leadsPerCall));
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        OptionalDouble perMinute = cap.perMinute();
        this.limit = perMinute.isPresent() ? oneMinute(perMinute.getAsDouble())
                : Math.max(floor, START_WITHOUT_CAP);
    }

    /** The leads that may be in flight now. */
    int limit() {
        return limit;
    }

    /** The clock's reading when a lead starts, to hand back to {@link #finished(long, int)}. */
    long started() {
        return nanoClock.getAsLong();
    }

    /** Records a finished lead: its {@link #started()} reading and the leads in flight as it started, itself too. */
    synchronized void finished(long startedAt, int inFlight) {
        double latency = Math.max(0, nanoClock.getAsLong() - startedAt);
        if (samples++ == 0) {
            recentNanos = latency;
            longRunNanos = latency;
            fastestNanos = latency;
        } else {
            fastestNanos = Math.min(fastestNanos, latency);
            recentNanos += RECENT_WEIGHT * (latency - recentNanos);
            longRunNanos += LONG_RUN_WEIGHT * (latency - longRunNanos);
        }
        OptionalDouble perMinute = cap.perMinute();
        limit = perMinute.isPresent() ? littlesLaw(perMinute.getAsDouble()) : gradient(inFlight);
    }

    private int littlesLaw(double perMinute) {
        double inFlight = Math.rint(perMinute / 60.0 * leadsPerCall * longRunNanos / 1e9);
        return (int) Math.max(floor, Math.min(oneMinute(perMinute), inFlight));
    }

    private int gradient(int inFlight) {
        sinceDecrease++;
        if (recentNanos > TOLERANCE * fastestNanos) {
            if (sinceDecrease < limit) {
                return limit;
            }
            sinceDecrease = 0;
            return Math.max(floor, limit - Math.max(1, limit / 4));
        }
        return inFlight >= limit ? Math.min(CEILING, limit + 1) : limit;
    }

    /** One minute's cap in leads, within the bounds. */
    private int oneMinute(double perMinute) {
        return (int) Math.max(floor, Math.min(CEILING, Math.ceil(perMinute) * leadsPerCall));
    }

    @Override
    public String toString() {
        return "AdaptiveLimit[limit=" + limit + "]";
    }
}
