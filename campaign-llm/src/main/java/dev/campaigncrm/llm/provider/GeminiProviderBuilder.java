package dev.campaigncrm.llm.provider;

import dev.campaigncrm.llm.internal.provider.GeminiModels;
import dev.campaigncrm.llm.internal.provider.GeminiWire;
import dev.campaigncrm.llm.internal.provider.WireFormat;
import dev.campaigncrm.llm.internal.provider.WireHttpClientBuilder;
import dev.langchain4j.model.chat.ChatModel;
import java.time.Duration;

/** Google's Gemini API ({@code generateContent} with {@code responseSchema}); the key is {@code GOOGLE_API_KEY}. */
public final class GeminiProviderBuilder extends RemoteProviderBuilder<GeminiProviderBuilder> {

    /** A current Flash model. */
    public static final String DEFAULT_MODEL = "gemini-2.5-flash";
    /** Google's endpoint. */
    public static final String DEFAULT_BASE_URL = "https://generativelanguage.googleapis.com/v1beta";
    /** The free tier's requests per minute for Flash models. */
    public static final int DEFAULT_RPM = 10;

    /**
     * No thinking by default: the campaign's answers are short structured extractions, and thinking tokens count
     * against their output cap (a 2.5 Flash model left to think answers {@code MAX_TOKENS} with no text).
     */
    public static final int DEFAULT_THINKING_BUDGET = 0;

    private Integer thinkingBudget = DEFAULT_THINKING_BUDGET;

    GeminiProviderBuilder() {
        super("gemini", DEFAULT_MODEL, DEFAULT_BASE_URL, DEFAULT_RPM);
    }

    /**
     * Tokens the model may spend thinking before it answers (0 turns thinking off on Flash models; Pro models need
     * at least 128); null leaves the model's own default.
     */
    public GeminiProviderBuilder thinkingBudget(Integer tokens) {
        if (tokens != null && tokens < 0) {
            throw new IllegalArgumentException("thinkingBudget must be 0 or more, not " + tokens);
        }
        this.thinkingBudget = tokens;
        return this;
    }

    @Override
    void checkKey(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("gemini: an API key is required (GOOGLE_API_KEY)");
        }
    }

    @Override
    WireFormat wireFormat() {
        return new GeminiWire();
    }

    @Override
    String dependency() {
        return "dev.langchain4j:langchain4j-google-ai-gemini";
    }

    @Override
    ChatModel chatModel(String url, String key, String modelName, Duration perRequest, WireHttpClientBuilder http) {
        return GeminiModels.create(url, key, modelName, perRequest, http, thinkingBudget);
    }
}
