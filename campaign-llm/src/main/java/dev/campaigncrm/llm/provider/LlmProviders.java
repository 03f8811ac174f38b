package dev.campaigncrm.llm.provider;

import dev.campaigncrm.llm.LlmProvider;
import dev.langchain4j.model.chat.ChatModel;

/** PLACEHOLDER (signature only) — being implemented on branch llm-providers. */
public final class LlmProviders {

    private LlmProviders() {
    }

    /** Any LangChain4j chat model the caller already has, behind the default limits; {@code label} names it. */
    public static LlmProvider using(ChatModel model, String label) {
        throw new UnsupportedOperationException("placeholder");
    }
}
