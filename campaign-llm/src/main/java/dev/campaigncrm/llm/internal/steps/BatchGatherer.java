package dev.campaigncrm.llm.internal.steps;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Gathers concurrent single-item calls into batches: a call waits until {@code size} items are gathered (the call
 * that completes the batch runs it) or until {@code window} has passed since the batch's first item (the first
 * caller then runs what was gathered). Each caller gets its own item's result. The open batch is the only state,
 * guarded by a lock; results are never shared between callers.
 *
 * @param <I> the item
 * @param <O> its result
 */
public final class BatchGatherer<I, O> {

    private final int size;
    private final Duration window;
    private final Function<List<I>, List<O>> runner;
    private final Object lock = new Object();
    private List<Pending<I, O>> open = new ArrayList<>();

    /** Batches of up to {@code size} items, each run by {@code runner} (one result per item, in order). */
    public BatchGatherer(int size, Duration window, Function<List<I>, List<O>> runner) {
        if (size < 1) {
            throw new IllegalArgumentException("batch size must be positive but was " + size);
        }
        this.size = size;
        this.window = Objects.requireNonNull(window, "window");
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /** The item's result, computed in a batch with whatever other items arrive within the window. */
    public O submit(I item) {
        Pending<I, O> mine = new Pending<>(item, new CompletableFuture<>());
        List<Pending<I, O>> full = null;
        boolean first;
        synchronized (lock) {
            open.add(mine);
            first = open.size() == 1;
            if (open.size() >= size) {
                full = open;
                open = new ArrayList<>();
            }
        }
        if (full != null) {
            run(full);
        } else if (first) {
            awaitWindow(mine);
            List<Pending<I, O>> late = null;
            synchronized (lock) {
                if (!open.isEmpty() && open.get(0) == mine) {
                    late = open;
                    open = new ArrayList<>();
                }
            }
            if (late != null) {
                run(late);
            }
        }
        try {
            return mine.result.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private void awaitWindow(Pending<I, O> mine) {
        try {
            mine.result.get(window.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // the window passed (or the batch already failed): go on and flush or collect
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(List<Pending<I, O>> batch) {
        try {
            List<O> results = runner.apply(batch.stream().map(Pending::item).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).result.complete(results.get(i));
            }
        } catch (RuntimeException e) {
            batch.forEach(p -> p.result.completeExceptionally(e));
        } catch (Error e) {
            // e.g. NoClassDefFoundError from a missing optional dependency: the other callers must not wait forever
            batch.forEach(p -> p.result.completeExceptionally(e));
            throw e;
        }
    }

    private record Pending<I, O>(I item, CompletableFuture<O> result) {
    }
}
