package dev.campaigncrm.llm.internal.offline;

import dev.campaigncrm.reply.ReplyCategory;
import java.util.List;
import java.util.Locale;

/**
 * When the learned model's reading replaces the first reading (embedding and cues fused). It reads phrasing neither
 * the English embedding nor the cue lists know, so it decides where the first reading is unsure: its class replaces an
 * unclear first reading at a probability of 0.70 or more (and not below the classifier's threshold), and replaces a
 * first reading of another class below 0.60 confidence at 0.90 or more, unclear included. The figures were chosen on
 * labelled sets, each once (docs/classifier-evaluation.md). Stateless.
 */
public final class SecondReading {

    /** The least learned probability that replaces an unclear first reading. */
    static final double UNCLEAR_GATE = 0.70;
    /** Below this confidence a first reading that is not unclear is weak. */
    static final double WEAK_FIRST_READING = 0.60;
    /** The least learned probability that replaces a weak first reading. */
    static final double WEAK_GATE = 0.90;

    private SecondReading() {
    }

    /** True when the first reading is unclear or weak, so the learned model is worth asking. */
    public static boolean worthAsking(ScoreFusion.Decision first) {
        return first.category() == ReplyCategory.UNCLEAR || first.confidence() < WEAK_FIRST_READING;
    }

    /**
     * The decision after the learned model's reading.
     *
     * @param first     the first reading
     * @param learned   the learned model's classes, best first
     * @param threshold the classifier's least confidence for a class other than unclear
     */
    public static ScoreFusion.Decision decide(ScoreFusion.Decision first, List<LearnedIntentModel.Scored> learned,
                                              double threshold) {
        if (!worthAsking(first) || learned.isEmpty()) {
            return first;
        }
        LearnedIntentModel.Scored best = learned.get(0);
        ReplyCategory category = ReplyCategory.of(best.intent());
        boolean unclear = first.category() == ReplyCategory.UNCLEAR;
        double needed = unclear ? Math.max(UNCLEAR_GATE, threshold) : WEAK_GATE;
        if (category == first.category() || best.probability() < needed) {
            return first;
        }
        String why = unclear
                ? String.format(Locale.ROOT, "read where the first reading was unclear (%s)", first.rationale())
                : String.format(Locale.ROOT, "over a weak first reading: %s (%.2f; %s)", first.category().label(),
                first.confidence(), first.rationale());
        return new ScoreFusion.Decision(category, Math.round(best.probability() * 100) / 100.0,
                String.format(Locale.ROOT, "learned model: %s (%.2f), %s", category.label(), best.probability(), why));
    }
}
