package dev.campaigncrm.llm.internal.provider;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.googleai.GeminiThinkingConfig;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import java.time.Duration;

/**
 * Builds LangChain4j's Gemini model for the campaign: one HTTP request per call (LangChain4j's retries off), the
 * campaign's HTTP seam, native JSON-schema output ({@code responseSchema}), no request logging. Kept apart so that
 * only this class needs the optional {@code langchain4j-google-ai-gemini}.
 */
public final class GeminiModels {

    private GeminiModels() {
    }

    /**
     * Gemini's {@code generateContent} at this base URL. {@code thinkingBudget} caps the tokens a thinking model (2.5
     * Flash thinks by default) spends before answering; they count against the answer's {@code maxOutputTokens}, so
     * an uncapped budget turns a short structured answer into {@code MAX_TOKENS} with no text. Null leaves the model's
     * default.
     */
    public static ChatModel create(String baseUrl, String apiKey, String model, Duration timeout,
                                   WireHttpClientBuilder http, Integer thinkingBudget) {
        return GoogleAiGeminiChatModel.builder()
                .thinkingConfig(thinkingBudget == null ? null
                        : GeminiThinkingConfig.builder().thinkingBudget(thinkingBudget).build())
                .baseUrl(baseUrl)
                .apiKey(apiKey)
                .modelName(model)
                .httpClientBuilder(http.connectTimeout(timeout).readTimeout(timeout))
                .timeout(timeout)
                .maxRetries(0)
                .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                .logRequestsAndResponses(false)
                .build();
    }
}
