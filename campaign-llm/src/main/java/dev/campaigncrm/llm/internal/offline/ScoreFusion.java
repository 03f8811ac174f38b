package dev.campaigncrm.llm.internal.offline;

import dev.campaigncrm.llm.internal.offline.ExampleIndex.LabelScore;
import dev.campaigncrm.reply.ReplyCategory;
import dev.campaigncrm.reply.cues.PhraseEvidence;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Combines the embedding neighbours' scores with the rules' phrase evidence. The neighbours' scores become a
 * distribution over the five classes (a softmax with {@code temperature}); the rules' verdict becomes a distribution
 * that puts its confidence on its class; the two are mixed with {@code ruleWeight} (none when the rules found no cue).
 * When both agree the class gets a high confidence; when they disagree the stronger side wins with less; a best class
 * below {@code threshold}, or ahead of the runner-up by less than {@code minMargin}, gives UNCLEAR. SKIP takes no
 * share unless the text is nearest the SKIP examples and has no cue: it is decided on evidence of automatic mail
 * before the fusion is asked.
 *
 * @param temperature softmax temperature over the similarity scores (smaller is sharper)
 * @param ruleWeight  the rules' share of the mixture when they found cues, 0–1
 * @param threshold   the least combined confidence for a class other than UNCLEAR
 * @param minMargin   the least lead of the best class over the runner-up
 */
public record ScoreFusion(double temperature, double ruleWeight, double threshold, double minMargin) {

    private static final int CLASSES = ReplyCategory.values().length;
    private static final int SHORT_TEXT_WORDS = 3;
    private static final double SHORT_TEXT_RULE_WEIGHT = 0.75;
    /** At most this many words and no phrase cue: the embedding alone only sees the surface ("another email"). */
    private static final int NO_CUE_WORDS = 4;
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
     * The decision for one reply.
     *
     * @param neighbours the embedding neighbours' scores, best first
     * @param rules      the rules' phrase evidence
     * @param words      how many words the text has: the embedding of a text of a few words says little beyond its
     *                   surface form, so there the rules' cues count for more
     */
    public Decision decide(List<LabelScore<ReplyCategory>> neighbours, PhraseEvidence rules, int words) {
        Map<ReplyCategory, Double> hedged = hedged(softmax(neighbours), neighbours);
        boolean readsAutomatic = !neighbours.isEmpty() && neighbours.get(0).label() == ReplyCategory.SKIP;
        if (!readsAutomatic && !rules.present() && words <= NO_CUE_WORDS) {
            return new Decision(ReplyCategory.UNCLEAR, 0.6, "too short to read without a phrase cue; "
                    + rationale(neighbours, rules, ReplyCategory.UNCLEAR));
        }
        Map<ReplyCategory, Double> embedding = readsAutomatic && !rules.present() ? hedged : withoutSkip(hedged);
        double alpha = !rules.present() ? 0 : words <= SHORT_TEXT_WORDS ? Math.max(ruleWeight, SHORT_TEXT_RULE_WEIGHT)
                : ruleWeight;
        Map<ReplyCategory, Double> combined = new EnumMap<>(ReplyCategory.class);
        for (ReplyCategory c : ReplyCategory.values()) {
            double ruleP = ReplyCategory.of(rules.intent()) == c ? rules.confidence() : (1 - rules.confidence()) / (CLASSES - 1);
            combined.put(c, (1 - alpha) * embedding.getOrDefault(c, 0.0) + alpha * ruleP);
        }
        List<ReplyCategory> ranked = java.util.Arrays.stream(ReplyCategory.values())
                .sorted(java.util.Comparator.comparingDouble((ReplyCategory c) -> combined.get(c)).reversed())
                .toList();
        ReplyCategory best = ranked.get(0);
        ReplyCategory second = ranked.get(1);
        double top = combined.get(best);
        double margin = top - combined.get(second);
        String why = rationale(neighbours, rules, best);
        if (best == ReplyCategory.UNCLEAR) {
            return new Decision(best, round(top), why);
        }
        if (top < threshold || margin < minMargin) {
            String reason = top < threshold
                    ? String.format(Locale.ROOT, "%s only %.2f, below %.2f", best.label(), top, threshold)
                    : String.format(Locale.ROOT, "%s vs %s too close (%.2f vs %.2f)", best.label(), second.label(),
                    top, combined.get(second));
            return new Decision(ReplyCategory.UNCLEAR, round(Math.max(0.3, Math.min(0.9, 1 - top))),
                    reason + "; " + why);
        }
        return new Decision(best, round(top), why);
    }

    /**
     * The distribution flattened towards uniform when even the best class's examples are not similar to the text: a
     * text far from every example is one the embedding cannot place.
     */
    private static Map<ReplyCategory, Double> hedged(Map<ReplyCategory, Double> p,
                                                     List<LabelScore<ReplyCategory>> neighbours) {
        double best = neighbours.isEmpty() ? 0 : neighbours.get(0).score();
        double reliability = Math.max(0, Math.min(1,
                (best - NO_OPINION_SIMILARITY) / (FULL_OPINION_SIMILARITY - NO_OPINION_SIMILARITY)));
        Map<ReplyCategory, Double> out = new EnumMap<>(ReplyCategory.class);
        for (ReplyCategory c : ReplyCategory.values()) {
            out.put(c, reliability * p.getOrDefault(c, 0.0) + (1 - reliability) / CLASSES);
        }
        return out;
    }

    /**
     * The distribution without SKIP, renormalised: the fusion decides only replies the rules found no evidence of
     * automatic mail in, so resembling auto-replies (which in other languages than English used to be most of the
     * examples) must not take a share from, or come close to, the class a phrase cue points to. A text nearest the
     * SKIP examples with no cue at all keeps SKIP, which the classifier turns into UNCLEAR: a person should read it.
     */
    private static Map<ReplyCategory, Double> withoutSkip(Map<ReplyCategory, Double> p) {
        double rest = 1 - p.getOrDefault(ReplyCategory.SKIP, 0.0);
        Map<ReplyCategory, Double> out = new EnumMap<>(ReplyCategory.class);
        for (ReplyCategory c : ReplyCategory.values()) {
            out.put(c, c == ReplyCategory.SKIP || rest <= 0 ? 0.0 : p.getOrDefault(c, 0.0) / rest);
        }
        return out;
    }

    private Map<ReplyCategory, Double> softmax(List<LabelScore<ReplyCategory>> scores) {
        Map<ReplyCategory, Double> out = new EnumMap<>(ReplyCategory.class);
        double max = scores.stream().mapToDouble(LabelScore::score).max().orElse(0);
        double sum = 0;
        for (LabelScore<ReplyCategory> s : scores) {
            double e = Math.exp((s.score() - max) / temperature);
            out.put(s.label(), e);
            sum += e;
        }
        for (Map.Entry<ReplyCategory, Double> e : out.entrySet()) {
            e.setValue(e.getValue() / sum);
        }
        return out;
    }

    private static String rationale(List<LabelScore<ReplyCategory>> neighbours, PhraseEvidence rules,
                                    ReplyCategory decided) {
        StringBuilder sb = new StringBuilder();
        if (!neighbours.isEmpty()) {
            LabelScore<ReplyCategory> n = neighbours.get(0);
            sb.append(String.format(Locale.ROOT, "nearest examples: %s (similarity %.2f, e.g. '%s')",
                    n.label().label(), n.nearestSim(), shorten(n.nearest())));
        }
        if (rules.present()) {
            sb.append(sb.isEmpty() ? "" : "; ").append("rule cue: ").append(ReplyCategory.of(rules.intent()).label())
                    .append(" (").append(rules.rationale()).append(')');
            boolean agree = !neighbours.isEmpty() && neighbours.get(0).label() == ReplyCategory.of(rules.intent());
            sb.append(agree ? " - both agree" : " - they disagree, weighed to " + decided.label());
        } else {
            sb.append(sb.isEmpty() ? "" : "; ").append("no rule cue");
        }
        return sb.toString();
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
     * @param category   the class
     * @param confidence 0–1
     * @param rationale  names the nearest examples' class and similarity and any rule cue
     */
    public record Decision(ReplyCategory category, double confidence, String rationale) {
    }
}
