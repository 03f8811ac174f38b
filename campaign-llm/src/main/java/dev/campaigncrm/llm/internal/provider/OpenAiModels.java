package dev.campaigncrm.llm.internal.provider;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;

/**
 * Builds LangChain4j's OpenAI model for any OpenAI-compatible server (Hugging Face's router, Ollama, vLLM...): one HTTP
 * request per call, the campaign's HTTP seam, native JSON-schema output ({@code response_format: json_schema}), no
 * request logging. Kept apart so that only this class needs the optional {@code langchain4j-open-ai}.
 */
public final class OpenAiModels {

    private OpenAiModels() {
    }

    /** A {@code chat/completions} client at this base URL; a blank key sends no Authorization header. */
    public static ChatModel create(String baseUrl, String apiKey, String model, Duration timeout,
                                   WireHttpClientBuilder http) {
        OpenAiChatModel.OpenAiChatModelBuilder builder = OpenAiChatModel.builder()
                .baseUrl(baseUrl)
                .modelName(model)
                .httpClientBuilder(http.connectTimeout(timeout).readTimeout(timeout))
                .timeout(timeout)
                .maxRetries(0)
                .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                .strictJsonSchema(true)
                .logRequests(false)
                .logResponses(false);
        if (apiKey != null && !apiKey.isBlank()) {
            builder.apiKey(apiKey);
        }
        return builder.build();
    }
}
