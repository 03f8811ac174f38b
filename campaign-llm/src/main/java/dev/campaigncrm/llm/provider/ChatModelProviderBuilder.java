package dev.campaigncrm.llm.provider;

import dev.campaigncrm.llm.LlmProvider;
import dev.campaigncrm.llm.internal.provider.LimitedLlmProvider;
import dev.campaigncrm.llm.internal.provider.Redactor;
import dev.langchain4j.model.chat.ChatModel;
import java.util.Objects;

/**
 * A LangChain4j {@link ChatModel} the caller already has, behind the campaign's limits. Without HTTP access the
 * provider maps LangChain4j's exceptions (RateLimitException, HttpException, timeouts) and retries on them; the model's
 * own timeout applies, and its own retries (if any) add to ours, so build it with {@code maxRetries(0)}.
 */
public final class ChatModelProviderBuilder extends LlmProviderBuilder<ChatModelProviderBuilder> {

    private final ChatModel model;
    private final String label;

    ChatModelProviderBuilder(ChatModel model, String label) {
        super(0);
        this.model = Objects.requireNonNull(model, "model");
        this.label = RemoteProviderBuilder.requireText(label, "label");
    }

    @Override
    public LlmProvider build() {
        return new LimitedLlmProvider(label, "", model, limits(label), new CachedAnswers(responseCache()),
                Redactor.none());
    }

    @Override
    public String toString() {
        return "ChatModelProviderBuilder[" + label + "]";
    }
}
