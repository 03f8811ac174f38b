package dev.campaigncrm.llm.internal.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Concurrent callers gathered into one batch: everyone gets an answer, whatever the batch runner does. */
class BatchGathererTest {

    @Test
    void concurrentItemsShareOneRunAndEachGetsItsOwnResult() throws Exception {
        List<List<Integer>> runs = new java.util.concurrent.CopyOnWriteArrayList<>();
        BatchGatherer<Integer, String> g = new BatchGatherer<>(3, Duration.ofSeconds(5), items -> {
            runs.add(items);
            return items.stream().map(i -> "r" + i).toList();
        });
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<CompletableFuture<String>> results = List.of(1, 2, 3).stream()
                    .map(i -> CompletableFuture.supplyAsync(() -> g.submit(i), pool)).toList();
            assertThat(results.stream().map(CompletableFuture::join)).containsExactlyInAnyOrder("r1", "r2", "r3");
            assertThat(runs).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Timeout(30) // the defect this guards against is a hang: fail instead
    void anErrorInTheRunnerReachesEveryCallerInsteadOfLeavingThemWaiting() throws Exception {
        BatchGatherer<Integer, String> g = new BatchGatherer<>(2, Duration.ofSeconds(5), items -> {
            throw new NoClassDefFoundError("dev/langchain4j/model/embedding/onnx/Missing");
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<String> a = CompletableFuture.supplyAsync(() -> g.submit(1), pool);
            CompletableFuture<String> b = CompletableFuture.supplyAsync(() -> g.submit(2), pool);
            for (CompletableFuture<String> f : List.of(a, b)) {
                assertThatThrownBy(() -> f.get(20, TimeUnit.SECONDS)).hasCauseInstanceOf(NoClassDefFoundError.class);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
