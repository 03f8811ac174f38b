package dev.campaigncrm.llm.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.llm.LlmProvider;
import dev.campaigncrm.llm.internal.provider.TimeSource;
import dev.campaigncrm.llm.testing.FakeLlmServer;
import dev.campaigncrm.llm.testing.FakeReply;
import dev.campaigncrm.llm.testing.TestSchemas;
import dev.campaigncrm.retry.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Many callers share one provider's limit: with 64 leads in flight at once (the figure), counted at the
 * server, no window ever holds more requests than allowed, retries included. Real time, with a half-second window
 * instead of a minute so the test sees several windows and still takes only a few seconds.
 */
class ConcurrentRateTest {

    private static final int CALLERS = 64;
    private static final int LIMIT = 16;
    private static final Duration WINDOW = Duration.ofMillis(500);

    @ParameterizedTest
    @EnumSource(FakeProviders.class)
    void sixtyFourConcurrentCallersNeverExceedTheRateAtTheServer(FakeProviders format) throws Exception {
        try (FakeLlmServer server = format.startServer()) {
            // a few 429s so that retries pass through the limiter too
            server.enqueue(FakeReply.tooManyRequests("0"), FakeReply.tooManyRequests("0"), FakeReply.error(503));
            server.respondWith(r -> FakeReply.answer("{\"ok\":true}"));
            RemoteProviderBuilder<?> builder = format == FakeProviders.GEMINI
                    ? LlmProviders.gemini().apiKey(FakeProviders.KEY)
                    : LlmProviders.openAiCompatible().model("m");
            LlmProvider provider = builder.baseUrl(server.baseUrl())
                    .rpm(LIMIT)
                    .rateWindow(WINDOW)
                    .timeSource(TimeSource.system())
                    .retryPolicy(RetryPolicy.exponential(3, Duration.ofMillis(10), 2)
                            .withMaxBackoff(Duration.ofMillis(20)).withJitter().withMaxServerDelay(Duration.ofMinutes(1)))
                    .random(new Random(7))
                    .build();

            ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
            try {
                // every caller is on its thread before any calls: all 64 are in flight together
                CyclicBarrier start = new CyclicBarrier(CALLERS);
                List<Future<String>> answers = new ArrayList<>();
                for (int i = 0; i < CALLERS; i++) {
                    int lead = i;
                    answers.add(pool.submit(() -> {
                        start.await(60, TimeUnit.SECONDS);
                        return provider.completeJson(TestSchemas.request("lead " + lead));
                    }));
                }
                for (Future<String> answer : answers) {
                    assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo("{\"ok\":true}");
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(server.requestCount()).isEqualTo(CALLERS + 3);
            // a request occupies the limiter's window from its grant until one window after its answer, and the
            // server records it in between: so no window at the server holds more than the limit
            assertThat(server.maxRequestsInAnyWindow(WINDOW)).isLessThanOrEqualTo(LIMIT);
        }
    }
}
