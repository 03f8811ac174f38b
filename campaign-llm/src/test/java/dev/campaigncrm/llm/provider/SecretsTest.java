package dev.campaigncrm.llm.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.campaigncrm.llm.LlmException;
import dev.campaigncrm.llm.LlmProvider;
import dev.campaigncrm.llm.testing.FakeLlmServer;
import dev.campaigncrm.llm.testing.FakeReply;
import dev.campaigncrm.llm.testing.FakeTime;
import dev.campaigncrm.llm.testing.TestSchemas;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Keys reach the provider's header and nothing else: not the label, toString, logs or exception messages. */
class SecretsTest {

    private static final String KEY = FakeProviders.KEY;

    @ParameterizedTest
    @EnumSource(FakeProviders.class)
    void theKeyIsSentButNeverShown(FakeProviders format) throws Exception {
        FakeTime time = new FakeTime();
        PrintStream originalErr = System.err;
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        try (FakeLlmServer server = format.startServer()) {
            server.enqueue(
                    FakeReply.error(500), FakeReply.error(429), FakeReply.error(503), // retried, logged, failed
                    new FakeReply.Raw(400, "{\"error\":{\"message\":\"bad request for key " + KEY + "\"}}"),
                    FakeReply.error(401));
            LlmProvider provider = format.provider(server, time);
            StringBuilder messages = new StringBuilder();
            System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8));
            try {
                for (int i = 0; i < 3; i++) {
                    LlmException e = catchThrowableOfType(LlmException.class,
                            () -> provider.completeJson(TestSchemas.request("lead")));
                    messages.append(e.getMessage()).append('\n');
                    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                        messages.append(c).append('\n');
                    }
                }
            } finally {
                System.setErr(originalErr);
            }

            assertThat(server.sawKey(KEY)).isTrue();
            assertThat(messages.toString()).contains("HTTP 503 after 3 attempts", "HTTP 400", "***", "HTTP 401").doesNotContain(KEY);
            assertThat(logs.toString(StandardCharsets.UTF_8)).contains("retrying").doesNotContain(KEY);
            assertThat(provider.label()).doesNotContain(KEY);
            assertThat(provider.toString()).doesNotContain(KEY);
            assertThat(server.requests()).isNotEmpty().allSatisfy(r -> {
                assertThat(r.headers().toString()).doesNotContain(KEY);
                // a key sent as ?key= would be in the URI, which the server records raw (path and query)
                assertThat(r.uri()).doesNotContain(KEY).doesNotContainIgnoringCase("key=");
                assertThat(r.body()).doesNotContain(KEY);
            });
        }
    }

    @ParameterizedTest
    @EnumSource(FakeProviders.class)
    void buildersDoNotShowTheKey(FakeProviders format) {
        RemoteProviderBuilder<?> builder = format == FakeProviders.GEMINI
                ? LlmProviders.gemini().apiKey(KEY)
                : LlmProviders.openAiCompatible().apiKey(KEY).model("m").baseUrl("http://127.0.0.1:9/v1");
        assertThat(builder.toString()).doesNotContain(KEY);
        assertThat(builder.label()).doesNotContain(KEY);
    }

    @org.junit.jupiter.api.Test
    void environmentErrorsDoNotShowKeys() {
        Map<String, String> env = Map.of(LlmProviders.OPENAI_BASE_URL, "http://127.0.0.1:9/v1",
                LlmProviders.OPENAI_API_KEY, KEY);
        IllegalStateException e = catchThrowableOfType(IllegalStateException.class,
                () -> LlmProviders.fromEnvironment(env));
        assertThat(e.getMessage()).contains("OPENAI_MODEL").doesNotContain(KEY);
    }
}
