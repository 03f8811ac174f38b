package dev.campaigncrm.internal.pipeline;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** The threads a run works on: the caller's executor, or daemon threads owned by the run and shut down after it. */
final class Workers {

    private Workers() {
    }

    /** Runs {@code body} on {@code given}, or on a pool of the run's own when {@code given} is null. */
    static <T> T with(Executor given, Function<Executor, T> body) {
        if (given != null) {
            return body.apply(given);
        }
        ExecutorService owned = Executors.newCachedThreadPool(daemonThreads());
        try {
            return body.apply(owned);
        } finally {
            owned.shutdown();
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "campaign-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
