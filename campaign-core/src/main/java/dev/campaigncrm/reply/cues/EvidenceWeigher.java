package dev.campaigncrm.reply.cues;


import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns the evidence found in a reply into a class, a confidence and a rationale. Each class's evidence is combined
 * as a noisy-or of its weights; evidence for another class lowers the confidence (strongly when it contradicts, as a
 * decline against interest; mildly when it is compatible, as interest with a question). A later date or another
 * person makes interest conditional, so follow-up then wins over interest; a concrete later date also outweighs a
 * polite decline. Below the threshold the answer is {@link Intent#UNCLEAR}, never a guess.
 */
final class EvidenceWeigher {

    private static final List<Intent> DECIDABLE =
            List.of(Intent.INTERESTED, Intent.NOT_INTERESTED, Intent.NEEDS_FOLLOW_UP);
    private static final double OPT_OUT_CONFIDENCE = 0.97;
    private static final double MAX_UNCLEAR_CONFIDENCE = 0.95;

    private EvidenceWeigher() {
    }

    /** The verdict on this evidence; {@code unclearBelow} is the least confidence a class needs. */
    public static Verdict weigh(List<Evidence> evidence, double unclearBelow) {
        Optional<Evidence> optOut = evidence.stream().filter(e -> e.kind() == CueKind.OPT_OUT).findFirst();
        if (optOut.isPresent()) {
            return new Verdict(Intent.NOT_INTERESTED, OPT_OUT_CONFIDENCE, optOut.get().explain());
        }
        Map<Intent, Double> score = new EnumMap<>(Intent.class);
        for (Evidence e : evidence) {
            score.merge(e.category(), e.weight(), (a, b) -> 1 - (1 - a) * (1 - b));
        }
        boolean deferral = evidence.stream().anyMatch(e -> e.kind() == CueKind.DEFERRAL);
        // interest that asks for material but for no call is the convention's "yes, send it": a follow-up
        boolean materialFirst = evidence.stream().anyMatch(e -> e.kind() == CueKind.INFO)
                && evidence.stream().noneMatch(e -> e.kind() == CueKind.MEETING);
        boolean conditional = deferral || materialFirst
                || evidence.stream().anyMatch(e -> e.kind() == CueKind.REFERRAL);

        Intent best = null;
        double bestConfidence = 0;
        boolean tie = false;
        for (Intent c : DECIDABLE) {
            double s = score.getOrDefault(c, 0.0);
            if (s == 0) {
                continue;
            }
            double conf = s;
            for (Map.Entry<Intent, Double> rival : score.entrySet()) {
                if (rival.getKey() != c) {
                    conf -= penalty(c, rival.getKey(), deferral, conditional) * rival.getValue();
                }
            }
            if (best == null || conf > bestConfidence + 1e-9) {
                tie = false;
                best = c;
                bestConfidence = conf;
            } else if (Math.abs(conf - bestConfidence) <= 1e-9) {
                tie = true;
            }
        }
        if (best != null && !tie && bestConfidence >= unclearBelow) {
            return new Verdict(best, round(Math.min(1, bestConfidence)), explain(evidence, best));
        }
        double unclear = round(Math.min(MAX_UNCLEAR_CONFIDENCE, 1 - Math.max(0, bestConfidence)));
        return new Verdict(Intent.UNCLEAR, unclear, whyUnclear(evidence, score));
    }

    private static double penalty(Intent winner, Intent rival, boolean deferral, boolean conditional) {
        if (rival == Intent.UNCLEAR) {
            return winner == Intent.NEEDS_FOLLOW_UP ? 0.1 : 0.3;
        }
        return switch (winner) {
            case INTERESTED -> rival == Intent.NEEDS_FOLLOW_UP ? (conditional ? 0.5 : 0.2) : 0.6;
            case NEEDS_FOLLOW_UP -> rival == Intent.INTERESTED ? (conditional ? 0.0 : 0.2) : (deferral ? 0.3 : 0.6);
            default -> 0.6;
        };
    }

    private static String explain(List<Evidence> evidence, Intent category) {
        return evidence.stream()
                .filter(e -> e.category() == category)
                .sorted(Comparator.comparingDouble(Evidence::weight).reversed())
                .limit(2)
                .map(Evidence::explain)
                .collect(Collectors.joining("; "));
    }

    private static String whyUnclear(List<Evidence> evidence, Map<Intent, Double> score) {
        List<Intent> present = DECIDABLE.stream()
                .filter(score::containsKey)
                .sorted(Comparator.comparingDouble((Intent c) -> score.get(c)).reversed())
                .toList();
        if (present.isEmpty()) {
            return evidence.isEmpty() ? "no recognisable intent; a person should read it"
                    : explain(evidence, Intent.UNCLEAR) + "; a person should read it";
        }
        if (present.size() == 1) {
            return "weak cue only: " + explain(evidence, present.get(0));
        }
        return "conflicting cues: " + strongest(evidence, present.get(0)).explain() + " vs "
                + strongest(evidence, present.get(1)).explain();
    }

    private static Evidence strongest(List<Evidence> evidence, Intent category) {
        return evidence.stream()
                .filter(e -> e.category() == category)
                .max(Comparator.comparingDouble(Evidence::weight))
                .orElseThrow();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /**
     * A class with its confidence and its one-line reason.
     *
     * @param intent     the intent
     * @param confidence 0–1
     * @param rationale  one line naming the cues
     */
    public record Verdict(Intent intent, double confidence, String rationale) {
    }
}
