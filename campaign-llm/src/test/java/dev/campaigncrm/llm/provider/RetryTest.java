package dev.campaigncrm.llm.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.campaigncrm.llm.LlmException;
import dev.campaigncrm.llm.LlmException.Kind;
import dev.campaigncrm.llm.LlmProvider;
import dev.campaigncrm.llm.testing.FakeLlmServer;
import dev.campaigncrm.llm.testing.FakeReply;
import dev.campaigncrm.llm.testing.FakeTime;
import dev.campaigncrm.llm.testing.TestSchemas;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** 429 and 5xx are retried with bounded attempts, waiting what the server asks for (on fake time). */
class RetryTest {

    private static final String ANSWER = "{\"score\":9,\"persona\":\"Explorer\"}";

    private FakeLlmServer server;
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private LlmProvider provider(FakeProviders format, FakeReply... replies) {
        server = format.startServer();
        server.enqueue(replies);
        return format.provider(server, time);
    }

    @ParameterizedTest
    @EnumSource(FakeProviders.class)
    void serverErrorsAreRetriedUntilAnAnswerComes(FakeProviders format) throws LlmException {
        LlmProvider provider = provider(format, FakeReply.error(500), FakeReply.error(503), FakeReply.answer(ANSWER));

        assertThat(provider.completeJson(TestSchemas.request("lead"))).isEqualTo(ANSWER);

        assertThat(server.requestCount()).isEqualTo(3);
        assertThat(time.sleeps()).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(FakeProviders.class)
    void rateLimitsFailAfterTheAllowedAttempts(FakeProviders format) {
        LlmProvider provider = provider(format, FakeReply.error(429), FakeReply.error(429), FakeReply.error(429),
                FakeReply.answer(ANSWER));

        LlmException e = catchThrowableOfType(LlmException.class,
                () -> provider.completeJson(TestSchemas.request("lead")));

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.getMessage()).isEqualTo(provider.label() + ": HTTP 429 after 3 attempts");
        assertThat(server.requestCount()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(FakeProviders.class)
    void serverErrorsFailAfterTheAllowedAttempts(FakeProviders format) {
        LlmProvider provider = provider(format, FakeReply.error(500), FakeReply.error(502), FakeReply.error(503));

        LlmException e = catchThrowableOfType(LlmException.class,
                () -> provider.completeJson(TestSchemas.request("lead")));

        assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(e.getMessage()).isEqualTo(provider.label() + ": HTTP 503 after 3 attempts");
    }

    @ParameterizedTest
    @EnumSource(FakeProviders.class)
    void theNumberOfAttemptsIsConfigurable(FakeProviders format) {
        server = format.startServer();
        server.respondWith(r -> FakeReply.error(503));
        LlmProvider provider = format.provider(server, time, b -> b.maxAttempts(5));

        LlmException e = catchThrowableOfType(LlmException.class,
                () -> provider.completeJson(TestSchemas.request("lead")));

        assertThat(e.getMessage()).endsWith("after 5 attempts");
        assertThat(server.requestCount()).isEqualTo(5);
    }

    @ParameterizedTest
    @EnumSource(FakeProviders.class)
    void oneAttemptMeansNoRetry(FakeProviders format) {
        server = format.startServer();
        server.enqueue(FakeReply.error(429), FakeReply.answer(ANSWER));
        LlmProvider provider = format.provider(server, time, b -> b.maxAttempts(1));

        LlmException e = catchThrowableOfType(LlmException.class,
                () -> provider.completeJson(TestSchemas.request("lead")));

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(FakeProviders.class)
    void retryAfterInSecondsIsHonoured(FakeProviders format) throws LlmException {
        LlmProvider provider = provider(format, FakeReply.tooManyRequests("7"), FakeReply.answer(ANSWER));

        provider.completeJson(TestSchemas.request("lead"));

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(FakeProviders.class)
    void retryAfterAsAnHttpDateIsHonoured(FakeProviders format) throws LlmException {
        // FakeTime starts at 2026-01-05T09:00:00Z
        LlmProvider provider = provider(format, FakeReply.tooManyRequests("Mon, 05 Jan 2026 09:00:20 GMT"),
                FakeReply.answer(ANSWER));

        provider.completeJson(TestSchemas.request("lead"));

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(20));
    }

    @Test
    void geminiRetryInfoIsHonoured() throws LlmException {
        LlmProvider provider = provider(FakeProviders.GEMINI, FakeReply.quotaExhausted("12s"),
                FakeReply.quotaExhausted("1.5s"), FakeReply.answer(ANSWER));

        assertThat(provider.completeJson(TestSchemas.request("lead"))).isEqualTo(ANSWER);

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(12), Duration.ofMillis(1500));
    }

    @Test
    void theLongerOfRetryAfterAndRetryInfoIsHonoured() throws LlmException {
        LlmProvider provider = provider(FakeProviders.GEMINI, new FakeReply.Error(429, "3", "9s"),
                FakeReply.answer(ANSWER));

        provider.completeJson(TestSchemas.request("lead"));

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(9));
    }

    @ParameterizedTest
    @EnumSource(FakeProviders.class)
    void aWaitLongerThanTwoMinutesIsNotAttempted(FakeProviders format) {
        LlmProvider provider = provider(format, FakeReply.tooManyRequests("3600"), FakeReply.answer(ANSWER));

        LlmException e = catchThrowableOfType(LlmException.class,
                () -> provider.completeJson(TestSchemas.request("lead")));

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.getMessage()).contains("3600s");
        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(FakeProviders.class)
    void backoffWithoutAHintIsJitteredUnderAnExponentialCeiling(FakeProviders format) {
        server = format.startServer();
        server.respondWith(r -> FakeReply.error(500));
        LlmProvider provider = format.provider(server, time, b -> b.maxAttempts(5));

        catchThrowableOfType(LlmException.class, () -> provider.completeJson(TestSchemas.request("lead")));

        assertThat(time.sleeps()).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(time.sleeps().get(i)).isBetween(Duration.ZERO, Duration.ofSeconds(1L << i));
        }
        assertThat(time.sleeps()).doesNotHaveDuplicates();
    }
}
