package dev.campaigncrm.llm.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.campaigncrm.llm.LlmException;
import dev.campaigncrm.llm.testing.FakeLlmServer;
import dev.campaigncrm.llm.testing.FakeReply;
import dev.campaigncrm.llm.testing.FakeTime;
import dev.campaigncrm.llm.testing.TestSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Re-running a campaign costs no calls: a cached answer makes no request, also from a new provider instance. */
class ResponseCacheTest {

    private static final String ANSWER = "{\"score\":5,\"persona\":\"Explorer\"}";

    @TempDir
    Path dir;
    private FakeLlmServer server;
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest
    @EnumSource(FakeProviders.class)
    void aSecondIdenticalCallMakesNoRequestEvenFromANewProvider(FakeProviders format) throws LlmException {
        server = format.startServer();
        server.respondWith(r -> FakeReply.answer(ANSWER));
        ResponseCache cache = ResponseCache.inDirectory(dir);

        String first = format.provider(server, time, b -> b.cache(cache)).completeJson(TestSchemas.request("lead"));
        String again = format.provider(server, time, b -> b.cache(ResponseCache.inDirectory(dir)))
                .completeJson(TestSchemas.request("lead"));

        assertThat(again).isEqualTo(first).isEqualTo(ANSWER);
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(FakeProviders.class)
    void anotherPromptOrModelIsAMiss(FakeProviders format) throws LlmException {
        server = format.startServer();
        server.respondWith(r -> FakeReply.answer(ANSWER));
        ResponseCache cache = ResponseCache.inDirectory(dir);

        format.provider(server, time, b -> b.cache(cache)).completeJson(TestSchemas.request("lead A"));
        format.provider(server, time, b -> b.cache(cache)).completeJson(TestSchemas.request("lead B"));
        format.provider(server, time, b -> b.cache(cache).model("other-model"))
                .completeJson(TestSchemas.request("lead A"));

        assertThat(server.requestCount()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(FakeProviders.class)
    void failedAnswersAreNotCached(FakeProviders format) throws LlmException {
        server = format.startServer();
        server.enqueue(new FakeReply.Blocked(), FakeReply.malformed("{\"score\":"), FakeReply.answer(ANSWER));
        ResponseCache cache = ResponseCache.inDirectory(dir);
        var provider = format.provider(server, time, b -> b.cache(cache));

        catchThrowableOfType(LlmException.class, () -> provider.completeJson(TestSchemas.request("lead")));
        catchThrowableOfType(LlmException.class, () -> provider.completeJson(TestSchemas.request("lead")));
        assertThat(provider.completeJson(TestSchemas.request("lead"))).isEqualTo(ANSWER);
        assertThat(provider.completeJson(TestSchemas.request("lead"))).isEqualTo(ANSWER);

        assertThat(server.requestCount()).isEqualTo(3);
    }

    @Test
    void aDisabledCacheAsksEveryTime() throws LlmException {
        server = FakeProviders.OPENAI.startServer();
        var provider = FakeProviders.OPENAI.provider(server, time, b -> b.cache(ResponseCache.disabled()));

        provider.completeJson(TestSchemas.request("lead"));
        provider.completeJson(TestSchemas.request("lead"));

        assertThat(server.requestCount()).isEqualTo(2);
        assertThat(ResponseCache.disabled().enabled()).isFalse();
    }

    @Test
    void oneFilePerAnswerNamedByItsHashWithNoTemporaryFilesLeft() throws IOException {
        ResponseCache cache = ResponseCache.inDirectory(dir.resolve("nested"));
        String key = ResponseCache.key("gemini:gemini-2.5-flash", "gemini-2.5-flash", TestSchemas.request("lead"));

        cache.put(key, ANSWER);

        try (Stream<Path> files = Files.list(dir.resolve("nested"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(key + ".json");
        }
        assertThat(cache.get(key)).contains(ANSWER);
        assertThat(key).matches("[0-9a-f]{64}");
    }

    @Test
    void theKeyDependsOnLabelModelPromptAndSchema() {
        var request = TestSchemas.request("lead");
        String key = ResponseCache.key("gemini:m", "m", request);

        assertThat(ResponseCache.key("gemini:m", "m", TestSchemas.request("lead"))).isEqualTo(key);
        assertThat(ResponseCache.key("huggingface:m", "m", request)).isNotEqualTo(key);
        assertThat(ResponseCache.key("gemini:m", "n", request)).isNotEqualTo(key);
        assertThat(ResponseCache.key("gemini:m", "m", new dev.campaigncrm.llm.LlmRequest("analyze-lead",
                "other system", "lead", request.schema(), 256))).isNotEqualTo(key);
        assertThat(ResponseCache.key("gemini:m", "m", new dev.campaigncrm.llm.LlmRequest("analyze-lead",
                request.system(), "lead", dev.langchain4j.model.chat.request.json.JsonSchema.builder().name("x")
                .rootElement(dev.langchain4j.model.chat.request.json.JsonObjectSchema.builder().build()).build(),
                256))).isNotEqualTo(key);
    }

    @Test
    void theDefaultLocationIsUnderTheWorkingDirectory() {
        assertThat(ResponseCache.inWorkingDirectory().directory()).contains(Path.of(".campaign-cache", "llm"));
    }
}
