package dev.campaigncrm.testing.contract;

import dev.campaigncrm.reply.ReplyClassifier;
import dev.campaigncrm.reply.RuleReplyClassifier;

/** The default, rule-based classifier keeps the reply classifier contract. */
class RuleReplyClassifierContractTest extends AbstractReplyClassifierTest {

    @Override
    protected ReplyClassifier classifier() {
        return RuleReplyClassifier.defaults();
    }
}
