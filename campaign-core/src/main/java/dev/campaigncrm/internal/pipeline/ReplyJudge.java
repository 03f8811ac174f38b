package dev.campaigncrm.internal.pipeline;

import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.reply.Reply;
import dev.campaigncrm.reply.ReplyCategory;
import dev.campaigncrm.reply.ReplyClassification;
import dev.campaigncrm.reply.ReplyClassifier;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Classifies one reply without letting a classifier's failure stop the run, and picks the reply a lead is judged by. */
final class ReplyJudge {

    private static final Logger log = LoggerFactory.getLogger(ReplyJudge.class);

    private ReplyJudge() {
    }

    /** The class of {@code reply}; a classifier that throws gives {@code unclear} with the reason recorded. */
    static ReplyClassification classify(ReplyClassifier classifier, Reply reply, String leadId) {
        try {
            return classifier.classify(reply);
        } catch (RuntimeException e) {
            String reason = CampaignRunner.reason(e);
            log.warn("classify failed for lead {}: {}", leadId, reason);
            return new ReplyClassification(ReplyCategory.UNCLEAR, 0.0, "not classified; a person should read it",
                    Provenance.fallback("none", "classifier failed: " + reason));
        }
    }

    /**
     * The reply a lead is judged by, from its classified replies oldest first: the first that is not an auto-reply
     * or bounce, so that an out-of-office followed by a real answer is judged by the answer; else the first; null
     * when there is none.
     */
    static Map.Entry<Reply, ReplyClassification> choose(List<Map.Entry<Reply, ReplyClassification>> classified) {
        Map.Entry<Reply, ReplyClassification> chosen = null;
        for (Map.Entry<Reply, ReplyClassification> e : classified) {
            if (chosen == null || e.getValue().category() != ReplyCategory.SKIP) {
                chosen = e;
            }
            if (e.getValue().category() != ReplyCategory.SKIP) {
                break;
            }
        }
        return chosen;
    }
}
