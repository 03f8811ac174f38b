package dev.campaigncrm.llm.contract;

import dev.campaigncrm.llm.steps.LlmReplyClassifier;
import dev.campaigncrm.llm.provider.LlmProviders;
import dev.campaigncrm.llm.testing.FakeOpenAiServer;
import dev.campaigncrm.llm.testing.FakeReply;
import dev.campaigncrm.reply.ReplyClassifier;
import dev.campaigncrm.testing.contract.AbstractReplyClassifierTest;
import org.junit.jupiter.api.AfterEach;

import java.util.List;

/** The LLM classifier keeps the reply classifier contract against the fake OpenAI-compatible server. */
class LlmReplyClassifierContractTest extends AbstractReplyClassifierTest {

    private static final String ANSWER =
            "{\"category\":\"INTERESTED\",\"confidence\":0.9,\"rationale\":\"the prospect answers the question\"}";

    private final FakeOpenAiServer server = FakeOpenAiServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Override
    protected ReplyClassifier classifier() {
        server.respondWith(request -> FakeReply.answer(ANSWER));
        return LlmReplyClassifier.builder().providers(List.of(LlmProviders.openAiCompatible()
                .baseUrl(server.baseUrl()).model("contract-model").apiKey("contract-key").build())).build();
    }
}
