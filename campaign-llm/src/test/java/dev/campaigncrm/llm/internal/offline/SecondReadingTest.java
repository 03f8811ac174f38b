package dev.campaigncrm.llm.internal.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.llm.internal.offline.LearnedIntentModel.Scored;
import dev.campaigncrm.llm.internal.offline.ScoreFusion.Decision;
import dev.campaigncrm.reply.ReplyCategory;
import dev.campaigncrm.reply.cues.Intent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When the learned model's reading replaces the first one, and what the rationale then says. */
class SecondReadingTest {

    private static final double THRESHOLD = 0.45;

    @Test
    void aSureLearnedClassReplacesAnUnclearFirstReading() {
        Decision first = new Decision(ReplyCategory.UNCLEAR, 0.6, "too short to read without a phrase cue");

        Decision d = SecondReading.decide(first, learned(Intent.NEEDS_FOLLOW_UP, 0.74), THRESHOLD);

        assertThat(d.category()).isEqualTo(ReplyCategory.NEEDS_FOLLOW_UP);
        assertThat(d.confidence()).isEqualTo(0.74);
        assertThat(d.rationale()).isEqualTo("learned model: needs_follow_up (0.74), read where the first reading was "
                + "unclear (too short to read without a phrase cue)");
    }

    @Test
    void anUnsureLearnedClassLeavesAnUnclearFirstReadingAndAHigherThresholdRaisesTheGate() {
        Decision first = new Decision(ReplyCategory.UNCLEAR, 0.6, "no cue");

        assertThat(SecondReading.decide(first, learned(Intent.INTERESTED, 0.69), THRESHOLD)).isSameAs(first);
        assertThat(SecondReading.decide(first, learned(Intent.INTERESTED, 0.80), 0.85)).isSameAs(first);
        assertThat(SecondReading.decide(first, learned(Intent.INTERESTED, 0.70), THRESHOLD).category())
                .isEqualTo(ReplyCategory.INTERESTED);
    }

    @Test
    void aVerySureLearnedClassReplacesAWeakFirstReadingOfAnotherClassUnclearIncluded() {
        Decision weak = new Decision(ReplyCategory.INTERESTED, 0.52, "rule cue: interested (says yes ('Certo'))");

        Decision d = SecondReading.decide(weak, learned(Intent.NOT_INTERESTED, 0.93), THRESHOLD);
        Decision toUnclear = SecondReading.decide(weak, learned(Intent.UNCLEAR, 0.95), THRESHOLD);

        assertThat(d.category()).isEqualTo(ReplyCategory.NOT_INTERESTED);
        assertThat(d.rationale()).startsWith("learned model: not_interested (0.93), over a weak first reading: "
                + "interested (0.52; rule cue");
        assertThat(toUnclear.category()).isEqualTo(ReplyCategory.UNCLEAR);
    }

    @Test
    void aWeakFirstReadingStaysUnlessTheLearnedModelIsVerySureOfAnotherClass() {
        Decision weak = new Decision(ReplyCategory.INTERESTED, 0.52, "weak");

        assertThat(SecondReading.decide(weak, learned(Intent.NOT_INTERESTED, 0.89), THRESHOLD)).isSameAs(weak);
        assertThat(SecondReading.decide(weak, learned(Intent.INTERESTED, 0.99), THRESHOLD)).isSameAs(weak);
    }

    @Test
    void aConfidentFirstReadingIsNeverAsked() {
        Decision sure = new Decision(ReplyCategory.INTERESTED, 0.60, "sure enough");

        assertThat(SecondReading.worthAsking(sure)).isFalse();
        assertThat(SecondReading.decide(sure, learned(Intent.NOT_INTERESTED, 1.0), THRESHOLD)).isSameAs(sure);
        assertThat(SecondReading.worthAsking(new Decision(ReplyCategory.UNCLEAR, 0.95, "no intent"))).isTrue();
    }

    private static List<Scored> learned(Intent best, double p) {
        double rest = (1 - p) / 3;
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(new Scored(best, p)),
                java.util.Arrays.stream(Intent.values()).filter(i -> i != best).map(i -> new Scored(i, rest))).toList();
    }
}
