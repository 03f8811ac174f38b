package dev.campaigncrm.internal.pipeline;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs tasks on a delegate executor with at most {@code limit} of them running at once; the rest wait in order. */
final class BoundedExecutor implements Executor {

    private final Executor delegate;
    private final int limit;
    private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger running = new AtomicInteger();

    BoundedExecutor(Executor delegate, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1 but was " + limit);
        }
        this.delegate = delegate;
        this.limit = limit;
    }

    @Override
    public void execute(Runnable task) {
        queue.add(task);
        drain();
    }

    private void drain() {
        while (!queue.isEmpty()) {
            int n = running.get();
            if (n >= limit) {
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
            delegate.execute(() -> {
                try {
                    task.run();
                } finally {
                    running.decrementAndGet();
                    drain();
                }
            });
        }
    }
}
