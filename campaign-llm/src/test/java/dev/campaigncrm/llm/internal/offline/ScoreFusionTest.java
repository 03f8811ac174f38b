package dev.campaigncrm.llm.internal.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.llm.internal.offline.ExampleIndex.LabelScore;
import dev.campaigncrm.reply.ReplyCategory;
import dev.campaigncrm.reply.cues.Intent;
import dev.campaigncrm.reply.cues.PhraseEvidence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the embedding's neighbours and the rules' phrase evidence are weighed when the rules found no cue. */
class ScoreFusionTest {

    private static final ScoreFusion FUSION = new ScoreFusion(0.03, 0.6, 0.45, 0.08);
    private static final PhraseEvidence NO_CUE = new PhraseEvidence(Intent.UNCLEAR, 0.95, "no recognisable intent",
            0, false);
    private static final int WORDS = 14;

    @Test
    void withNoCueAnEmbeddingThatOnlyLeansToAClassGivesUnclear() {
        // "we're a family business with twelve trucks, not sure it pays off for us": no cue, nearest to declines
        var decision = FUSION.decide(neighbours(0.50, 0.47, 0.46, 0.45), NO_CUE, WORDS);

        assertThat(decision.category()).as(decision.rationale()).isEqualTo(ReplyCategory.UNCLEAR);
        assertThat(decision.rationale()).contains("no rule cue");
    }

    @Test
    void withNoCueAnEmbeddingThatIsClearlySureKeepsItsClass() {
        var decision = FUSION.decide(neighbours(0.70, 0.50, 0.48, 0.45), NO_CUE, WORDS);

        assertThat(decision.category()).as(decision.rationale()).isEqualTo(ReplyCategory.NOT_INTERESTED);
    }

    @Test
    void aCueAndANearbyEmbeddingThatAgreeGiveTheClass() {
        PhraseEvidence declines = new PhraseEvidence(Intent.NOT_INTERESTED, 0.9, "declines ('no thanks')", 1, false);

        var decision = FUSION.decide(neighbours(0.50, 0.47, 0.46, 0.45), declines, WORDS);

        assertThat(decision.category()).as(decision.rationale()).isEqualTo(ReplyCategory.NOT_INTERESTED);
        assertThat(decision.rationale()).contains("both agree");
    }

    /** Similarities to the nearest examples of not interested, unclear, needs follow-up and interested, best first. */
    private static List<LabelScore<Intent>> neighbours(double notInterested, double unclear, double followUp,
                                                       double interested) {
        return List.of(new LabelScore<>(Intent.NOT_INTERESTED, notInterested, "Thanks, but not for us.", notInterested),
                new LabelScore<>(Intent.UNCLEAR, unclear, "Who gave you my address?", unclear),
                new LabelScore<>(Intent.NEEDS_FOLLOW_UP, followUp, "Can you send details?", followUp),
                new LabelScore<>(Intent.INTERESTED, interested, "Let's talk on Tuesday.", interested));
    }
}
