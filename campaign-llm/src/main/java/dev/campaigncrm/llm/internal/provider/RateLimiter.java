package dev.campaigncrm.llm.internal.provider;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Requests per window (and optionally tokens per window) as a sliding window shared by every caller of one provider.
 * A caller that would exceed a limit waits until the oldest grant leaves the window; callers are served in arrival
 * order (a fair lock is held while waiting, so later callers queue behind it). A single request larger than the whole
 * token budget is let through alone in an otherwise empty window rather than waiting forever.
 */
public final class RateLimiter {

    private record Grant(long atNanos, long tokens) {
    }

    private final int requestsPerWindow;
    private final long tokensPerWindow;
    private final long windowNanos;
    private final TimeSource time;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final Deque<Grant> grants = new ArrayDeque<>();
    private long tokensInWindow;

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

    /** A limiter that never waits. */
    public static RateLimiter unlimited() {
        return new RateLimiter(0, 0, Duration.ofMinutes(1), TimeSource.system());
    }

    /** Whether this limiter can ever make a caller wait. */
    public boolean limited() {
        return requestsPerWindow > 0 || tokensPerWindow > 0;
    }

    /** Waits until one more request of about {@code tokens} tokens fits in the window, then counts it. */
    public void acquire(long tokens) throws InterruptedException {
        if (!limited()) {
            return;
        }
        lock.lockInterruptibly();
        try {
            while (true) {
                long now = time.nanoTime();
                evictOlderThan(now - windowNanos);
                if (fits(tokens)) {
                    grants.addLast(new Grant(now, tokens));
                    tokensInWindow += tokens;
                    return;
                }
                long oldestLeavesAt = grants.getFirst().atNanos() + windowNanos;
                time.sleep(Duration.ofNanos(Math.max(1, oldestLeavesAt - now)));
            }
        } finally {
            lock.unlock();
        }
    }

    private boolean fits(long tokens) {
        boolean requestsFit = requestsPerWindow <= 0 || grants.size() < requestsPerWindow;
        boolean tokensFit = tokensPerWindow <= 0 || grants.isEmpty() || tokensInWindow + tokens <= tokensPerWindow;
        return requestsFit && tokensFit;
    }

    private void evictOlderThan(long cutoffNanos) {
        while (!grants.isEmpty() && grants.getFirst().atNanos() - cutoffNanos <= 0) {
            tokensInWindow -= grants.removeFirst().tokens();
        }
    }

    @Override
    public String toString() {
        return "RateLimiter[requests=" + requestsPerWindow + ", tokens=" + tokensPerWindow
                + ", window=" + Duration.ofNanos(windowNanos) + "]";
    }
}
