package dev.campaigncrm.internal.pipeline;

import dev.campaigncrm.rate.ModelBound;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tasks on a delegate executor with at most a limit of them running at once; the rest wait in order. The limit
 * is fixed, or an {@link AdaptiveLimit} that times every task and may move after each one.
 */
final class BoundedExecutor implements Executor {

    private final Executor delegate;
    private final int fixed;
    private final AdaptiveLimit adaptive;
    private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger running = new AtomicInteger();

    BoundedExecutor(Executor delegate, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1 but was " + limit);
        }
        this.delegate = delegate;
        this.fixed = limit;
        this.adaptive = null;
    }

    BoundedExecutor(Executor delegate, AdaptiveLimit limit) {
        this.delegate = delegate;
        this.fixed = 0;
        this.adaptive = Objects.requireNonNull(limit, "limit");
    }

    /**
     * The executor of a stage whose work is {@code step}: a {@link ModelBound} step follows its cap and measured
     * latency unless the plan's concurrency was fixed; every other step runs at most the plan's concurrency at once.
     */
    static BoundedExecutor forStep(Executor delegate, CampaignPlan plan, Object step) {
        return plan.adaptive() && step instanceof ModelBound bound
                ? new BoundedExecutor(delegate,
                        new AdaptiveLimit(bound.rateCap(), bound.leadsPerCall(), System::nanoTime))
                : new BoundedExecutor(delegate, plan.concurrency());
    }

    /** The most tasks this executor can ever run at once. */
    int ceiling() {
        return adaptive == null ? fixed : AdaptiveLimit.CEILING;
    }

    private int limit() {
        return adaptive == null ? fixed : adaptive.limit();
    }

    @Override
    public void execute(Runnable task) {
        queue.add(task);
        drain();
    }

    private void drain() {
        while (!queue.isEmpty()) {
            int n = running.get();
            if (n >= limit()) {
                return;
            }
            if (!running.compareAndSet(n, n + 1)) {
                continue;
            }
            Runnable task = queue.poll();
            if (task == null) {
                running.decrementAndGet();
                continue;
            }
            delegate.execute(adaptive == null ? () -> run(task) : () -> timed(task, n + 1));
        }
    }

    private void run(Runnable task) {
        try {
            task.run();
        } finally {
            running.decrementAndGet();
            drain();
        }
    }

    private void timed(Runnable task, int inFlight) {
        long started = adaptive.started();
        try {
            task.run();
        } finally {
            try {
                adaptive.finished(started, inFlight);
            } finally {
                running.decrementAndGet();
                drain();
            }
        }
    }
}
