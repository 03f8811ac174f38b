package dev.campaigncrm.llm.provider;

import dev.campaigncrm.llm.internal.provider.OpenAiModels;
import dev.campaigncrm.llm.internal.provider.OpenAiWire;
import dev.campaigncrm.llm.internal.provider.WireFormat;
import dev.campaigncrm.llm.internal.provider.WireHttpClientBuilder;
import dev.langchain4j.model.chat.ChatModel;
import java.time.Duration;

/**
 * Hugging Face's Inference Providers router, which speaks OpenAI's {@code chat/completions}; the token is
 * {@code HUGGINGFACEHUB_API_TOKEN}.
 */
public final class HuggingFaceProviderBuilder extends RemoteProviderBuilder<HuggingFaceProviderBuilder> {

    /** A small instruct model served by the router. */
    public static final String DEFAULT_MODEL = "Qwen/Qwen2.5-7B-Instruct";
    /** The router's OpenAI-compatible endpoint. */
    public static final String DEFAULT_BASE_URL = "https://router.huggingface.co/v1";
    /** A cautious default for free accounts. */
    public static final int DEFAULT_RPM = 30;

    HuggingFaceProviderBuilder() {
        super("huggingface", DEFAULT_MODEL, DEFAULT_BASE_URL, DEFAULT_RPM);
    }

    /** The Hugging Face access token (same as {@link #apiKey(String)}). */
    public HuggingFaceProviderBuilder token(String token) {
        return apiKey(token);
    }

    @Override
    void checkKey(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("huggingface: a token is required (HUGGINGFACEHUB_API_TOKEN)");
        }
    }

    @Override
    WireFormat wireFormat() {
        return new OpenAiWire();
    }

    @Override
    String dependency() {
        return "dev.langchain4j:langchain4j-open-ai";
    }

    @Override
    ChatModel chatModel(String url, String key, String modelName, Duration perRequest, WireHttpClientBuilder http) {
        return OpenAiModels.create(url, key, modelName, perRequest, http);
    }
}
