package dev.campaigncrm.llm.internal.provider;

import dev.campaigncrm.rate.RateCap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Requests per window (and optionally tokens per window) as a sliding window shared by every caller of one provider.
 * A request occupies the window from the moment it is granted until one window after its answer came back: the
 * server saw it somewhere in between, so no window at the server can hold more requests than the limit, however long
 * connections or answers take. Callers are served in arrival order (the head of the queue holds a fair lock while it
 * waits). A single request larger than the whole token budget goes alone rather than waiting forever.
 */
public final class RateLimiter {

    /** One granted request; close it when its answer (or failure) came back. */
    public final class Permit implements AutoCloseable {
        private final long tokens;
        private long releasedAt;
        private boolean inFlight = true;

        private Permit(long tokens) {
            this.tokens = tokens;
        }

        /** Marks the request finished: it leaves the window one window length from now. */
        @Override
        public void close() {
            state.lock();
            try {
                if (inFlight) {
                    inFlight = false;
                    releasedAt = time.nanoTime();
                    released.signalAll();
                }
            } finally {
                state.unlock();
            }
        }
    }

    private final int requestsPerWindow;
    private final long tokensPerWindow;
    private final long windowNanos;
    private final TimeSource time;
    private final ReentrantLock queue = new ReentrantLock(true);
    private final ReentrantLock state = new ReentrantLock();
    private final Condition released = state.newCondition();
    private final List<Permit> window = new ArrayList<>();

    /**
     * A limiter; a limit of zero or less means "no limit" for that dimension.
     *
     * @param requestsPerWindow requests allowed in any window
     * @param tokensPerWindow   estimated tokens allowed in any window
     * @param window            the window's length (a minute for RPM/TPM)
     * @param time              the clock and sleeper
     */
    public RateLimiter(int requestsPerWindow, long tokensPerWindow, Duration window, TimeSource time) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive but was " + window);
        }
        this.requestsPerWindow = requestsPerWindow;
        this.tokensPerWindow = tokensPerWindow;
        this.windowNanos = window.toNanos();
        this.time = time;
    }

    /** Whether this limiter can ever make a caller wait. */
    public boolean limited() {
        return requestsPerWindow > 0 || tokensPerWindow > 0;
    }

    /** The requests a minute this limiter allows (its requests per window, scaled to a minute); none when unlimited. */
    public RateCap cap() {
        return RateCap.perMinute(requestsPerWindow <= 0 ? 0
                : requestsPerWindow * (double) Duration.ofMinutes(1).toNanos() / windowNanos);
    }

    /** Waits until one more request of about {@code tokens} tokens fits in the window, then counts it. */
    public Permit acquire(long tokens) throws InterruptedException {
        Permit permit = new Permit(tokens);
        if (!limited()) {
            return permit;
        }
        queue.lockInterruptibly();
        try {
            while (true) {
                Long wait = tryGrant(permit);
                if (wait == null) {
                    return permit;
                }
                if (wait > 0) {
                    time.sleep(Duration.ofNanos(wait));
                } else {
                    awaitRelease();
                }
            }
        } finally {
            queue.unlock();
        }
    }

    /** Grants and returns null, or returns how long until the earliest finished request leaves (0: none finished). */
    private Long tryGrant(Permit permit) {
        state.lock();
        try {
            long now = time.nanoTime();
            window.removeIf(p -> !p.inFlight && p.releasedAt + windowNanos - now <= 0);
            if (fits(permit.tokens)) {
                window.add(permit);
                return null;
            }
            long earliest = Long.MAX_VALUE;
            for (Permit p : window) {
                if (!p.inFlight) {
                    earliest = Math.min(earliest, p.releasedAt + windowNanos - now);
                }
            }
            return earliest == Long.MAX_VALUE ? 0L : Math.max(1L, earliest);
        } finally {
            state.unlock();
        }
    }

    private void awaitRelease() throws InterruptedException {
        state.lock();
        try {
            boolean anyFinished = window.stream().anyMatch(p -> !p.inFlight);
            if (!anyFinished) {
                released.await();
            }
        } finally {
            state.unlock();
        }
    }

    private boolean fits(long tokens) {
        boolean requestsFit = requestsPerWindow <= 0 || window.size() < requestsPerWindow;
        long used = window.stream().mapToLong(p -> p.tokens).sum();
        boolean tokensFit = tokensPerWindow <= 0 || window.isEmpty() || used + tokens <= tokensPerWindow;
        return requestsFit && tokensFit;
    }

    @Override
    public String toString() {
        return "RateLimiter[requests=" + requestsPerWindow + ", tokens=" + tokensPerWindow
                + ", window=" + Duration.ofNanos(windowNanos) + "]";
    }
}
