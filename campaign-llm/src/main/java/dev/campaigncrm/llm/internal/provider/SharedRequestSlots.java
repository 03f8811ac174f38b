package dev.campaigncrm.llm.internal.provider;

import dev.campaigncrm.store.SendSlots;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A provider's requests a minute counted for all the workers of a campaign together, in the campaign store's
 * {@link SendSlots}: the minute is cut into windows of {@code ceil(minute / rpm)} (in microseconds, aligned on the
 * epoch of the wall clock), each with one slot; a request takes the slot of the current window, and when another
 * worker has it, waits for the next window's start and tries again. Whatever the number of workers, at most
 * {@code rpm + 1} requests are sent in any minute (a minute can touch {@code rpm + 1} windows: one sent at the very
 * end of a window, then one at the start of each of the next {@code rpm}); when callers keep waiting, about
 * {@code rpm} go a minute (a window whose start finds no caller ready stays unused: the cap is undershot, never
 * exceeded by more than one). The count is of the moments requests are sent: the server sees each between its
 * sending and its answer. The workers' wall clocks must agree, and they must use the same cap (a worker with
 * another cap counts in other windows).
 *
 * <p>One caller of a process asks the store at a time, and a window this process already took is not asked for
 * again, so that waiting callers add no round trips to the store. Thread-safe.
 */
public final class SharedRequestSlots {

    private final SendSlots slots;
    private final String campaignId;
    private final String scope;
    private final long windowMicros;
    private final int requestsPerWindow;
    private final Duration window;
    private final TimeSource time;
    private final ReentrantLock turn = new ReentrantLock(true);
    /** The last window this process took a slot of; guarded by {@link #turn}. */
    private long lastTaken = Long.MIN_VALUE;

    /**
     * Slots for one provider.
     *
     * @param slots             the store's counters
     * @param campaignId        the campaign whose workers share the cap
     * @param scope             the counter's name in the campaign, e.g. {@code model:gemini:gemini-2.5-flash}
     * @param requestsPerWindow the cap (above 0) in {@code window}
     * @param window            the cap's window (a minute, shorter in tests)
     * @param time              the wall clock ({@link TimeSource#now()}) and the sleeper
     */
    public SharedRequestSlots(SendSlots slots, String campaignId, String scope, int requestsPerWindow,
                              Duration window, TimeSource time) {
        this.slots = Objects.requireNonNull(slots, "slots");
        this.campaignId = Objects.requireNonNull(campaignId, "campaignId");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.time = Objects.requireNonNull(time, "time");
        if (requestsPerWindow < 1) {
            throw new IllegalArgumentException("a shared cap needs at least 1 request per window, got "
                    + requestsPerWindow);
        }
        long micros = window.toNanos() / 1000;
        if (micros < 1) {
            throw new IllegalArgumentException("window must be at least 1 microsecond but was " + window);
        }
        this.windowMicros = Math.max(1, (micros + requestsPerWindow - 1) / requestsPerWindow);
        this.requestsPerWindow = requestsPerWindow;
        this.window = window;
    }

    /** Waits until this process holds the slot of a window of the shared count, then returns. */
    public void take() throws InterruptedException {
        turn.lockInterruptibly();
        try {
            while (true) {
                long now = micros(time.now());
                long current = Math.floorDiv(now, windowMicros);
                if (current > lastTaken && slots.take(campaignId, scope, current, 1)) {
                    lastTaken = current;
                    return;
                }
                long next = Math.max(current, lastTaken) + 1;
                time.sleep(Duration.of(Math.max(1, next * windowMicros - now), ChronoUnit.MICROS));
            }
        } finally {
            turn.unlock();
        }
    }

    /** The length of one window: all the workers together send at most one request in each. */
    public Duration spacing() {
        return Duration.of(windowMicros, ChronoUnit.MICROS);
    }

    /** E.g. {@code SharedRequestSlots[campaign-1, model:gemini:gemini-2.5-flash, 10 per PT1M, one per PT6S]}. */
    @Override
    public String toString() {
        return "SharedRequestSlots[" + campaignId + ", " + scope + ", " + requestsPerWindow + " per "
                + window + ", one per " + spacing() + "]";
    }

    private static long micros(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1000);
    }
}
