package dev.campaigncrm.llm.provider;

import dev.campaigncrm.llm.internal.provider.OpenAiModels;
import dev.campaigncrm.llm.internal.provider.OpenAiWire;
import dev.campaigncrm.llm.internal.provider.WireFormat;
import dev.campaigncrm.llm.internal.provider.WireHttpClientBuilder;
import dev.langchain4j.model.chat.ChatModel;
import java.time.Duration;

/**
 * Any server that speaks OpenAI's {@code chat/completions} (OpenAI, Ollama, vLLM, llama.cpp, LM Studio, Groq...): base
 * URL and model required, key optional, no rate limit unless {@link #rpm(int)} sets one.
 */
public final class OpenAiCompatibleProviderBuilder extends RemoteProviderBuilder<OpenAiCompatibleProviderBuilder> {

    OpenAiCompatibleProviderBuilder() {
        super("openai", null, null, 0);
    }

    @Override
    void checkKey(String key) {
        // optional: local servers take none
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
