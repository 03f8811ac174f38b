package dev.campaigncrm.llm.provider;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.campaigncrm.llm.LlmProvider;
import dev.campaigncrm.llm.testing.FakeGeminiServer;
import dev.campaigncrm.llm.testing.FakeOpenAiServer;
import dev.campaigncrm.llm.testing.FakeReply;
import dev.campaigncrm.llm.testing.RecordedRequest;
import dev.campaigncrm.llm.testing.TestSchemas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The request each provider puts on the wire carries the schema in the provider's native JSON-schema mode. */
class WireFormatTest {

    private static final String ANSWER = "{\"score\":21,\"persona\":\"Decision Maker\"}";

    private final FakeGeminiServer gemini = FakeGeminiServer.start();
    private final FakeOpenAiServer openAi = FakeOpenAiServer.start();

    @AfterEach
    void stop() {
        gemini.close();
        openAi.close();
    }

    @Test
    void geminiSendsResponseSchemaSystemInstructionAndTokenCap() throws Exception {
        gemini.enqueue(FakeReply.answer(ANSWER));
        LlmProvider provider = LlmProviders.gemini().apiKey("g-key-123").baseUrl(gemini.baseUrl()).build();

        String json = provider.completeJson(TestSchemas.request("Lead: Jane Doe, VP Sales"));

        assertThat(json).isEqualTo(ANSWER);
        assertThat(provider.label()).isEqualTo("gemini:gemini-2.5-flash");
        RecordedRequest sent = gemini.requests().get(0);
        assertThat(sent.path()).isEqualTo("/v1beta/models/gemini-2.5-flash:generateContent");
        assertThat(gemini.sawKey("g-key-123")).isTrue();
        JsonNode body = sent.json();
        JsonNode config = body.path("generationConfig");
        assertThat(config.path("responseMimeType").asText()).isEqualTo("application/json");
        JsonNode schema = config.path("responseSchema");
        assertThat(schema.path("properties").path("score").path("type").asText()).isEqualToIgnoringCase("integer");
        assertThat(schema.path("properties").path("persona").path("type").asText()).isEqualToIgnoringCase("string");
        assertThat(schema.path("required")).extracting(JsonNode::asText).containsExactly("score", "persona");
        assertThat(config.path("maxOutputTokens").asInt()).isEqualTo(256);
        assertThat(config.path("thinkingConfig").path("thinkingBudget").isInt())
                .as("thinking is capped, or its tokens eat the answer's cap").isTrue();
        assertThat(config.path("thinkingConfig").path("thinkingBudget").asInt()).isZero();
        assertThat(body.path("systemInstruction").toString()).contains("You rate leads");
        assertThat(body.path("contents").toString()).contains("Lead: Jane Doe, VP Sales");
    }

    @Test
    void openAiCompatibleSendsJsonSchemaResponseFormatMessagesAndTokenCap() throws Exception {
        openAi.enqueue(FakeReply.answer(ANSWER));
        LlmProvider provider = LlmProviders.openAiCompatible().baseUrl(openAi.baseUrl()).model("llama3.1:8b")
                .apiKey("o-key-456").build();

        String json = provider.completeJson(TestSchemas.request("Lead: Jane Doe, VP Sales"));

        assertThat(json).isEqualTo(ANSWER);
        assertThat(provider.label()).isEqualTo("openai:llama3.1:8b");
        RecordedRequest sent = openAi.requests().get(0);
        assertThat(sent.path()).isEqualTo("/v1/chat/completions");
        assertThat(openAi.sawKey("o-key-456")).isTrue();
        JsonNode body = sent.json();
        assertThat(body.path("model").asText()).isEqualTo("llama3.1:8b");
        JsonNode format = body.path("response_format");
        assertThat(format.path("type").asText()).isEqualTo("json_schema");
        JsonNode schema = format.path("json_schema").path("schema");
        assertThat(schema.path("properties").path("score").path("type").asText()).isEqualTo("integer");
        assertThat(schema.path("required")).extracting(JsonNode::asText).containsExactly("score", "persona");
        assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("system");
        assertThat(body.path("messages").get(1).path("content").asText()).isEqualTo("Lead: Jane Doe, VP Sales");
    }

    @Test
    void huggingFaceUsesTheRouterWithTheToken() throws Exception {
        openAi.enqueue(FakeReply.answer(ANSWER));
        LlmProvider provider = LlmProviders.huggingFace().token("hf_secret").baseUrl(openAi.baseUrl()).build();

        assertThat(provider.completeJson(TestSchemas.request("x"))).isEqualTo(ANSWER);

        assertThat(provider.label()).isEqualTo("huggingface:" + HuggingFaceProviderBuilder.DEFAULT_MODEL);
        assertThat(openAi.sawKey("hf_secret")).isTrue();
        assertThat(openAi.requests().get(0).json().path("response_format").path("type").asText())
                .isEqualTo("json_schema");
    }

    @Test
    void openAiCompatibleWithoutKeySendsNoAuthorization() throws Exception {
        openAi.enqueue(FakeReply.answer(ANSWER));
        LlmProvider provider = LlmProviders.openAiCompatible().baseUrl(openAi.baseUrl()).model("m").build();

        provider.completeJson(TestSchemas.request("x"));

        assertThat(openAi.requests().get(0).header("authorization")).isNull();
    }
}
