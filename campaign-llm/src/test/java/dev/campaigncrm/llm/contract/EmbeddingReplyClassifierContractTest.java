package dev.campaigncrm.llm.contract;

import dev.campaigncrm.llm.offline.EmbeddingReplyClassifier;
import dev.campaigncrm.reply.ReplyClassifier;
import dev.campaigncrm.testing.contract.AbstractReplyClassifierTest;

/** The in-process embedding classifier keeps the reply classifier contract. */
class EmbeddingReplyClassifierContractTest extends AbstractReplyClassifierTest {

    private static final EmbeddingReplyClassifier CLASSIFIER = EmbeddingReplyClassifier.defaults();

    @Override
    protected ReplyClassifier classifier() {
        return CLASSIFIER;
    }
}
