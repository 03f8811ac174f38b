package dev.campaigncrm.llm.internal.offline;

import dev.campaigncrm.llm.internal.offline.ExampleIndex.LabelScore;
import dev.campaigncrm.reply.ReplyCategory;
import dev.campaigncrm.reply.cues.Intent;
import dev.campaigncrm.reply.cues.PhraseEvidence;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Combines the embedding neighbours' scores with the rules' phrase evidence. The vote is over the four classes a
 * person's reply can have ({@link Intent}: interested, not interested, needs follow-up, unclear); SKIP is no part of
 * it: automatic mail is decided on evidence before the fusion is asked, never on resemblance. The neighbours' scores
 * become a distribution over the four (a softmax with {@code temperature}); the rules' verdict becomes a distribution
 * that puts its confidence on its class; the two are mixed with {@code ruleWeight}. When the rules found no cue in
 * any of their seven languages, that finding is a weak vote for unclear (0.6 sure, 0.3 of the mixture): the
 * embedding model reads English only, and alone it places a text by its surface, so it must be clearly sure.
 * When both agree the class gets a high confidence; when they disagree the stronger side wins with less; a best class
 * below {@code threshold}, or ahead of the runner-up by less than {@code minMargin}, gives UNCLEAR.
 *
 * @param temperature softmax temperature over the similarity scores (smaller is sharper)
 * @param ruleWeight  the rules' share of the mixture when they found cues, 0–1
 * @param threshold   the least combined confidence for a class other than UNCLEAR
 * @param minMargin   the least lead of the best class over the runner-up
 */
public record ScoreFusion(double temperature, double ruleWeight, double threshold, double minMargin) {

    private static final Intent[] CLASSES = Intent.values();
    private static final int SHORT_TEXT_WORDS = 3;
    private static final double SHORT_TEXT_RULE_WEIGHT = 0.75;
    /**
     * At most this many words and no phrase cue: the embedding alone only sees the surface ("another email", "thanks
     * for the information", a name signed under it), which in a language the model was not trained on is mostly the
     * register of the examples nearest it.
     */
    private static final int NO_CUE_WORDS = 6;
    /** The share of the rules' "no intent found" in the mixture when they found no cue, and how sure it is. */
    private static final double NO_CUE_WEIGHT = 0.3;
    private static final double NO_CUE_UNCLEAR = 0.6;
    /** Below this similarity to its nearest examples the embedding has no opinion; above the next, a full one. */
    private static final double NO_OPINION_SIMILARITY = 0.25;
    private static final double FULL_OPINION_SIMILARITY = 0.55;

    /** Checks the ranges. */
    public ScoreFusion {
        if (!(temperature > 0)) {
            throw new IllegalArgumentException("temperature must be positive but was " + temperature);
        }
        check("ruleWeight", ruleWeight);
        check("threshold", threshold);
        check("minMargin", minMargin);
    }

    /**
     * The decision for one reply, never SKIP.
     *
     * @param neighbours the embedding neighbours' scores per human class, best first
     * @param rules      the rules' phrase evidence
     * @param words      how many words the text has: the embedding of a text of a few words says little beyond its
     *                   surface form, so there the rules' cues count for more
     */
    public Decision decide(List<LabelScore<Intent>> neighbours, PhraseEvidence rules, int words) {
        if (!rules.present() && words <= NO_CUE_WORDS) {
            return new Decision(ReplyCategory.UNCLEAR, 0.6, "too short to read without a phrase cue; "
                    + rationale(neighbours, rules, Intent.UNCLEAR));
        }
        Map<Intent, Double> embedding = hedged(softmax(neighbours), neighbours);
        // no cue in seven languages is itself a vote: the rules read the text and found no intent in it
        double alpha = !rules.present() ? NO_CUE_WEIGHT
                : words <= SHORT_TEXT_WORDS ? Math.max(ruleWeight, SHORT_TEXT_RULE_WEIGHT) : ruleWeight;
        Intent ruleIntent = rules.present() ? rules.intent() : Intent.UNCLEAR;
        double ruleConfidence = rules.present() ? rules.confidence() : NO_CUE_UNCLEAR;
        Map<Intent, Double> combined = new EnumMap<>(Intent.class);
        for (Intent c : CLASSES) {
            double ruleP = ruleIntent == c ? ruleConfidence : (1 - ruleConfidence) / (CLASSES.length - 1);
            combined.put(c, (1 - alpha) * embedding.getOrDefault(c, 0.0) + alpha * ruleP);
        }
        List<Intent> ranked = java.util.Arrays.stream(CLASSES)
                .sorted(java.util.Comparator.comparingDouble((Intent c) -> combined.get(c)).reversed())
                .toList();
        Intent best = ranked.get(0);
        Intent second = ranked.get(1);
        double top = combined.get(best);
        double margin = top - combined.get(second);
        String why = rationale(neighbours, rules, best);
        if (best == Intent.UNCLEAR) {
            return new Decision(ReplyCategory.UNCLEAR, round(top), why);
        }
        if (top < threshold || margin < minMargin) {
            String reason = top < threshold
                    ? String.format(Locale.ROOT, "%s only %.2f, below %.2f", label(best), top, threshold)
                    : String.format(Locale.ROOT, "%s vs %s too close (%.2f vs %.2f)", label(best), label(second),
                    top, combined.get(second));
            return new Decision(ReplyCategory.UNCLEAR, round(Math.max(0.3, Math.min(0.9, 1 - top))),
                    reason + "; " + why);
        }
        return new Decision(ReplyCategory.of(best), round(top), why);
    }

    /**
     * The distribution flattened towards uniform when even the best class's examples are not similar to the text: a
     * text far from every example is one the embedding cannot place.
     */
    private static Map<Intent, Double> hedged(Map<Intent, Double> p, List<LabelScore<Intent>> neighbours) {
        double best = neighbours.isEmpty() ? 0 : neighbours.get(0).score();
        double reliability = Math.max(0, Math.min(1,
                (best - NO_OPINION_SIMILARITY) / (FULL_OPINION_SIMILARITY - NO_OPINION_SIMILARITY)));
        Map<Intent, Double> out = new EnumMap<>(Intent.class);
        for (Intent c : CLASSES) {
            out.put(c, reliability * p.getOrDefault(c, 0.0) + (1 - reliability) / CLASSES.length);
        }
        return out;
    }

    private Map<Intent, Double> softmax(List<LabelScore<Intent>> scores) {
        Map<Intent, Double> out = new EnumMap<>(Intent.class);
        double max = scores.stream().mapToDouble(LabelScore::score).max().orElse(0);
        double sum = 0;
        for (LabelScore<Intent> s : scores) {
            double e = Math.exp((s.score() - max) / temperature);
            out.put(s.label(), e);
            sum += e;
        }
        for (Map.Entry<Intent, Double> e : out.entrySet()) {
            e.setValue(e.getValue() / sum);
        }
        return out;
    }

    private static String rationale(List<LabelScore<Intent>> neighbours, PhraseEvidence rules, Intent decided) {
        StringBuilder sb = new StringBuilder();
        if (!neighbours.isEmpty()) {
            LabelScore<Intent> n = neighbours.get(0);
            sb.append(String.format(Locale.ROOT, "nearest examples: %s (similarity %.2f, e.g. '%s')",
                    label(n.label()), n.nearestSim(), shorten(n.nearest())));
        }
        if (rules.present()) {
            sb.append(sb.isEmpty() ? "" : "; ").append("rule cue: ").append(label(rules.intent()))
                    .append(" (").append(rules.rationale()).append(')');
            boolean agree = !neighbours.isEmpty() && neighbours.get(0).label() == rules.intent();
            sb.append(agree ? " - both agree" : " - they disagree, weighed to " + label(decided));
        } else {
            sb.append(sb.isEmpty() ? "" : "; ").append("no rule cue");
        }
        return sb.toString();
    }

    private static String label(Intent intent) {
        return ReplyCategory.of(intent).label();
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() > 50 ? one.substring(0, 50) + "…" : one;
    }

    private static double round(double v) {
        return Math.max(0, Math.min(1, Math.round(v * 100) / 100.0));
    }

    private static void check(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be 0..1 but was " + v);
        }
    }

    /**
     * The class, its combined confidence and the one-line reason.
     *
     * @param category   the class: one of the four a person's reply can have, never SKIP
     * @param confidence 0–1
     * @param rationale  names the nearest examples' class and similarity and any rule cue
     */
    public record Decision(ReplyCategory category, double confidence, String rationale) {
        /** Refuses SKIP: the fusion never decides that a message is automatic. */
        public Decision {
            if (category == ReplyCategory.SKIP) {
                throw new IllegalArgumentException("SKIP is decided on evidence of automatic mail, not by the fusion");
            }
        }
    }
}
