package dev.campaigncrm.llm.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.campaigncrm.llm.LlmProvider;
import dev.campaigncrm.llm.testing.FakeGeminiServer;
import dev.campaigncrm.llm.testing.FakeOpenAiServer;
import dev.campaigncrm.llm.testing.TestSchemas;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The environment picks the fallback chain: Gemini, then Hugging Face, then an OpenAI-compatible server. */
class FromEnvironmentTest {

    @Test
    void noKeysMeansOffline() {
        assertThat(LlmProviders.fromEnvironment(Map.of())).isEmpty();
        assertThat(LlmProviders.fromEnvironment(Map.of(LlmProviders.GOOGLE_API_KEY, "  "))).isEmpty();
    }

    @Test
    void theChainIsGeminiThenHuggingFaceThenOpenAiCompatible() {
        Map<String, String> env = Map.of(
                LlmProviders.OPENAI_BASE_URL, "http://127.0.0.1:9/v1",
                LlmProviders.OPENAI_MODEL, "llama3.1:8b",
                LlmProviders.HUGGINGFACEHUB_API_TOKEN, "hf_x",
                LlmProviders.GOOGLE_API_KEY, "g_x");

        List<LlmProvider> chain = LlmProviders.fromEnvironment(env);

        assertThat(chain).extracting(LlmProvider::label).containsExactly(
                "gemini:gemini-2.5-flash",
                "huggingface:" + HuggingFaceProviderBuilder.DEFAULT_MODEL,
                "openai:llama3.1:8b");
    }

    @Test
    void eachProviderIsOnlyThereWhenItsVariableIs() {
        assertThat(LlmProviders.fromEnvironment(Map.of(LlmProviders.HUGGINGFACEHUB_API_TOKEN, "hf_x")))
                .extracting(LlmProvider::label).containsExactly("huggingface:" + HuggingFaceProviderBuilder.DEFAULT_MODEL);
        assertThat(LlmProviders.fromEnvironment(Map.of(LlmProviders.GEMINI_MODEL, "gemini-2.5-pro")))
                .isEmpty();
    }

    @Test
    void modelsAndBaseUrlsAreOverridden() throws Exception {
        try (FakeGeminiServer gemini = FakeGeminiServer.start(); FakeOpenAiServer hf = FakeOpenAiServer.start()) {
            Map<String, String> env = Map.of(
                    LlmProviders.GOOGLE_API_KEY, "g_x",
                    LlmProviders.GEMINI_MODEL, "gemini-2.5-flash-lite",
                    LlmProviders.GEMINI_BASE_URL, gemini.baseUrl(),
                    LlmProviders.HUGGINGFACEHUB_API_TOKEN, "hf_x",
                    LlmProviders.HF_MODEL, "meta-llama/Llama-3.1-8B-Instruct",
                    LlmProviders.HF_BASE_URL, hf.baseUrl() + "/");

            List<LlmProvider> chain = LlmProviders.fromEnvironment(env);
            for (LlmProvider provider : chain) {
                provider.completeJson(TestSchemas.request("lead"));
            }

            assertThat(chain).extracting(LlmProvider::label).containsExactly(
                    "gemini:gemini-2.5-flash-lite", "huggingface:meta-llama/Llama-3.1-8B-Instruct");
            assertThat(gemini.requests().get(0).path())
                    .isEqualTo("/v1beta/models/gemini-2.5-flash-lite:generateContent");
            assertThat(gemini.sawKey("g_x")).isTrue();
            assertThat(hf.requests().get(0).json().path("model").asText())
                    .isEqualTo("meta-llama/Llama-3.1-8B-Instruct");
            assertThat(hf.sawKey("hf_x")).isTrue();
        }
    }

    @Test
    void settingsInCodeApplyAfterTheEnvironment() {
        List<LlmProvider> chain = LlmProviders.fromEnvironment(
                Map.of(LlmProviders.GOOGLE_API_KEY, "g_x", LlmProviders.GEMINI_MODEL, "from-env"),
                builder -> builder.model("from-code").rpm(15));

        assertThat(chain).extracting(LlmProvider::label).containsExactly("gemini:from-code");
    }

    @Test
    void anOpenAiBaseUrlWithoutAModelIsAnError() {
        assertThatThrownBy(() -> LlmProviders.fromEnvironment(Map.of(LlmProviders.OPENAI_BASE_URL, "http://x/v1")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("OPENAI_MODEL");
    }

    @Test
    void geminiWithoutAKeyCannotBeBuilt() {
        assertThatThrownBy(() -> LlmProviders.gemini().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GOOGLE_API_KEY");
    }
}
