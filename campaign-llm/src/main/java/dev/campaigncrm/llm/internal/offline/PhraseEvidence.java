package dev.campaigncrm.llm.internal.offline;

import dev.campaigncrm.internal.reply.CueCatalog;
import dev.campaigncrm.internal.reply.CueMatcher;
import dev.campaigncrm.internal.reply.Evidence;
import dev.campaigncrm.internal.reply.EvidenceWeigher;
import dev.campaigncrm.internal.reply.TokenizedText;
import dev.campaigncrm.reply.ReplyCategory;
import java.util.List;

/**
 * The rule layer's phrase evidence for a text (the cues of {@link dev.campaigncrm.reply.RuleReplyClassifier}, with
 * negation), weighed without a threshold so that even weak evidence says which way it leans.
 *
 * @param category   the class the phrases point to; UNCLEAR when they conflict or only hedge
 * @param confidence the rule layer's confidence in that class, 0–1
 * @param rationale  the cues, in one line
 * @param cues       how many cues were found; 0 means the rules have no opinion
 */
public record PhraseEvidence(ReplyCategory category, double confidence, String rationale, int cues) {

    private static final int NEGATION_WINDOW = 4;
    private static final int MAX_TOKENS = 3000;
    private static final CueMatcher MATCHER = CueMatcher.of(CueCatalog.cues(), NEGATION_WINDOW);

    /** The phrase evidence in this text. */
    public static PhraseEvidence of(String text) {
        List<Evidence> evidence = MATCHER.find(TokenizedText.of(text, MAX_TOKENS));
        if (evidence.isEmpty()) {
            return new PhraseEvidence(ReplyCategory.UNCLEAR, 0, "", 0);
        }
        EvidenceWeigher.Verdict v = EvidenceWeigher.weigh(evidence, 0.0);
        return new PhraseEvidence(v.category(), Math.max(0, Math.min(1, v.confidence())), v.rationale(),
                evidence.size());
    }

    /** True when the rules found any cue. */
    public boolean present() {
        return cues > 0;
    }
}
