package dev.campaigncrm.llm.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.campaigncrm.llm.LlmException;
import dev.campaigncrm.llm.LlmException.Kind;
import dev.campaigncrm.llm.LlmProvider;
import dev.campaigncrm.llm.testing.FakeGeminiServer;
import dev.campaigncrm.llm.testing.FakeLlmServer;
import dev.campaigncrm.llm.testing.FakeReply;
import dev.campaigncrm.llm.testing.FakeTime;
import dev.campaigncrm.llm.testing.TestSchemas;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every way an answer can be unusable is an error with its own kind, never a silent default. */
class FailureKindsTest {

    private FakeLlmServer server;
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private LlmException failureOf(FakeProviders format, FakeReply... replies) {
        server = format.startServer();
        server.enqueue(replies);
        LlmProvider provider = format.provider(server, time);
        return catchThrowableOfType(LlmException.class, () -> provider.completeJson(TestSchemas.request("lead")));
    }

    private String answerOf(FakeProviders format, FakeReply reply) throws LlmException {
        server = format.startServer();
        server.enqueue(reply);
        return format.provider(server, time).completeJson(TestSchemas.request("lead"));
    }

    @ParameterizedTest
    @EnumSource(FakeProviders.class)
    void aSafetyBlockIsSafety(FakeProviders format) {
        LlmException e = failureOf(format, new FakeReply.Blocked());
        assertThat(e.kind()).isEqualTo(Kind.SAFETY);
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(FakeProviders.class)
    void aBlockedPromptIsSafety(FakeProviders format) {
        LlmException e = failureOf(format, new FakeReply.PromptBlocked());
        assertThat(e.kind()).isEqualTo(Kind.SAFETY);
    }

    @ParameterizedTest
    @EnumSource(FakeProviders.class)
    void aCutOffAnswerIsTruncated(FakeProviders format) {
        LlmException e = failureOf(format, new FakeReply.Truncated("{\"score\": 2"));
        assertThat(e.kind()).isEqualTo(Kind.TRUNCATED);
    }

    @ParameterizedTest
    @EnumSource(FakeProviders.class)
    void anAnswerWithoutTextIsEmpty(FakeProviders format) {
        LlmException e = failureOf(format, new FakeReply.Empty());
        assertThat(e.kind()).isEqualTo(Kind.EMPTY);
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(FakeProviders.class)
    void incompleteJsonIsMalformed(FakeProviders format) {
        LlmException e = failureOf(format, FakeReply.malformed("{\"score\": 21, \"persona\": "));
        assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(e.getMessage()).doesNotContain("persona");
    }

    @ParameterizedTest
    @EnumSource(FakeProviders.class)
    void textAfterTheJsonIsMalformed(FakeProviders format) {
        LlmException e = failureOf(format, FakeReply.malformed("{\"score\": 21} and some prose"));
        assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
    }

    @ParameterizedTest
    @EnumSource(FakeProviders.class)
    void proseIsMalformed(FakeProviders format) {
        LlmException e = failureOf(format, FakeReply.malformed("Sure! The score is 21."));
        assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
    }

    @ParameterizedTest
    @EnumSource(FakeProviders.class)
    void aMarkdownFenceIsRemoved(FakeProviders format) throws LlmException {
        String json = answerOf(format, FakeReply.answer("```json\n{\"score\":3,\"persona\":\"Explorer\"}\n```"));
        assertThat(json).isEqualTo("{\"score\":3,\"persona\":\"Explorer\"}");
    }

    @ParameterizedTest
    @EnumSource(FakeProviders.class)
    void aRefusedKeyIsAuthAndNotRetried(FakeProviders format) {
        LlmException e = failureOf(format, FakeReply.error(401), FakeReply.answer("{}"));
        assertThat(e.kind()).isEqualTo(Kind.AUTH);
        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(FakeProviders.class)
    void aNonJsonPageWithStatus200IsMalformedAndNotRetried(FakeProviders format) {
        LlmException e = failureOf(format, new FakeReply.Raw(200, "<html><body>Sign in to the Wi-Fi</body></html>"),
                FakeReply.answer("{}"));
        assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(e.getMessage()).contains("not the provider's JSON");
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(FakeProviders.class)
    void forbiddenIsAuth(FakeProviders format) {
        LlmException e = failureOf(format, FakeReply.error(403));
        assertThat(e.kind()).isEqualTo(Kind.AUTH);
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(FakeProviders.class)
    void anotherClientErrorIsOtherAndNotRetried(FakeProviders format) {
        LlmException e = failureOf(format, FakeReply.error(400), FakeReply.answer("{}"));
        assertThat(e.kind()).isEqualTo(Kind.OTHER);
        assertThat(e.getMessage()).contains("HTTP 400");
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(FakeProviders.class)
    void anUnreachableServerIsNetworkAfterTheAllowedAttempts(FakeProviders format) {
        server = format.startServer();
        LlmProvider provider = format.provider(server, time);
        server.close();

        LlmException e = catchThrowableOfType(LlmException.class,
                () -> provider.completeJson(TestSchemas.request("lead")));

        assertThat(e.kind()).isEqualTo(Kind.NETWORK);
        assertThat(e.getMessage()).endsWith("after 3 attempts");
    }

    @ParameterizedTest
    @EnumSource(FakeProviders.class)
    void noAnswerWithinTheTimeoutIsTimeoutAfterTheAllowedAttempts(FakeProviders format) {
        server = format.startServer();
        server.enqueue(FakeReply.hang(), FakeReply.hang());
        LlmProvider provider = format.provider(server, time,
                b -> b.timeout(Duration.ofMillis(300)).maxAttempts(2));

        LlmException e = catchThrowableOfType(LlmException.class,
                () -> provider.completeJson(TestSchemas.request("lead")));

        assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(e.getMessage()).endsWith("after 2 attempts");
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(FakeProviders.class)
    void aSlowAnswerWithinTheTimeoutIsAccepted(FakeProviders format) throws LlmException {
        server = format.startServer();
        server.enqueue(FakeReply.answer("{\"ok\":1}").after(Duration.ofMillis(100)));
        LlmProvider provider = format.provider(server, time, b -> b.timeout(Duration.ofSeconds(10)));

        assertThat(provider.completeJson(TestSchemas.request("lead"))).isEqualTo("{\"ok\":1}");
    }

    @org.junit.jupiter.api.Test
    void geminiPromptBlockNamesTheBlockReason() {
        LlmException e = failureOf(FakeProviders.GEMINI, new FakeReply.PromptBlocked());
        assertThat(e.getMessage()).isEqualTo("gemini:gemini-2.5-flash: prompt blocked, blockReason SAFETY");
        assertThat(server).isInstanceOf(FakeGeminiServer.class);
    }
}
