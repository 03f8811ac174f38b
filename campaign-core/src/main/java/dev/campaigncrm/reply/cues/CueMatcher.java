package dev.campaigncrm.reply.cues;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the cues of a catalog in a tokenised reply. Phrases match whole words only; where two matches overlap the
 * longer wins ("not interested right now" over "not interested" over "interested"); a negator up to
 * {@code negationWindow} words before a cue, in the same clause, flips or cancels it ("not a bad idea", "no need to
 * follow up"). Immutable and thread-safe.
 */
final class CueMatcher {

    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "neither", "nor", "without", "hardly",
            "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "wont", "wouldnt", "cant", "cannot",
            "couldnt", "shouldnt", "havent", "hasnt", "hadnt", "aint", "nobody",
            "nicht", "kein", "keine", "keinen", "keiner", "nie", "niemals", "pas", "jamais", "aucun", "aucune",
            "nunca", "ni", "nao", "nem", "non", "niet", "geen", "nooit");

    private static final Set<String> NOT_NEGATING_AFTER_NO = Set.of("worries", "worry", "problem", "problems",
            "doubt", "rush", "pressure", "matter", "question", "kidding");

    private final Map<String, List<Entry>> byFirstWord;
    private final int negationWindow;

    private CueMatcher(Map<String, List<Entry>> byFirstWord, int negationWindow) {
        this.byFirstWord = byFirstWord;
        this.negationWindow = negationWindow;
    }

    /** A matcher for these cues; {@code negationWindow} is how many words before a cue a negator may stand. */
    public static CueMatcher of(List<Cue> cues, int negationWindow) {
        Map<String, List<Entry>> index = new HashMap<>();
        int order = 0;
        for (Cue cue : cues) {
            for (PhrasePattern p : cue.patterns()) {
                Entry e = new Entry(cue, p, order++);
                p.firstWords().forEach(w -> index.computeIfAbsent(w, k -> new ArrayList<>()).add(e));
            }
        }
        Map<String, List<Entry>> frozen = new HashMap<>();
        index.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new CueMatcher(Map.copyOf(frozen), negationWindow);
    }

    /** True when the word negates what follows it. */
    public static boolean isNegator(String word) {
        return NEGATORS.contains(word);
    }

    /** The evidence in the text, in reading order, with negation applied. */
    public List<Evidence> find(TokenizedText text) {
        List<Token> tokens = text.tokens();
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (Entry e : byFirstWord.getOrDefault(tokens.get(i).word(), List.of())) {
                int end = e.pattern().matchAt(tokens, i);
                if (end > i) {
                    matches.add(new Match(i, end, e));
                }
            }
        }
        matches.sort(Comparator.comparingInt((Match m) -> m.start() - m.end())
                .thenComparingInt(Match::start)
                .thenComparingInt(m -> m.entry().order()));
        boolean[] covered = new boolean[tokens.size()];
        List<Match> kept = new ArrayList<>();
        for (Match m : matches) {
            if (!anyCovered(covered, m.start(), m.end())) {
                kept.add(m);
                for (int k = m.start(); k < m.end(); k++) {
                    covered[k] = true;
                }
            }
        }
        kept.sort(Comparator.comparingInt(Match::start));
        List<Evidence> out = new ArrayList<>();
        List<Token> at = new ArrayList<>();
        for (Match m : kept) {
            Cue cue = m.entry().cue();
            int negator = negatorBefore(tokens, covered, m.start());
            if (negator < 0) {
                out.add(new Evidence(cue.kind(), cue.weight(), cue.description(), text.span(m.start(), m.end() - 1)));
                at.add(tokens.get(m.start()));
            } else if (cue.negated() != null) {
                Cue.Negated n = cue.negated();
                out.add(new Evidence(n.kind(), n.weight(), n.description(), text.span(negator, m.end() - 1)));
                at.add(tokens.get(m.start()));
            }
        }
        dropDatesOfAnEarlierDecision(out, at);
        return withoutCallDeclinedForMaterial(withoutPraiseBeforeADecline(out, at));
    }

    /**
     * "We renewed our contract in September", "we said no in October": a time in the sentence of a renewal, a
     * contract signed elsewhere or an earlier refusal is that decision's, so a {@link CueKind#DEFERRAL} there is no
     * request to be contacted later. Drops such evidence from both lists ({@code at}: where each piece was found).
     */
    private static void dropDatesOfAnEarlierDecision(List<Evidence> evidence, List<Token> at) {
        Set<Integer> decided = new HashSet<>();
        for (int i = 0; i < evidence.size(); i++) {
            String d = evidence.get(i).description();
            if (ConceptCues.RENEWED.equals(d) || ConceptCues.DECLINED_BEFORE.equals(d)) {
                decided.add(at.get(i).sentence());
            }
        }
        for (int i = evidence.size() - 1; i >= 0; i--) {
            if (evidence.get(i).kind() == CueKind.DEFERRAL && decided.contains(at.get(i).sentence())) {
                evidence.remove(i);
                at.remove(i);
            }
        }
    }

    /**
     * "No call, but send me the two pages": a declined call beside a request for material or a price declines the
     * call only, so the decline is dropped and the request is read as the yes to the material it is.
     */
    private static List<Evidence> withoutCallDeclinedForMaterial(List<Evidence> evidence) {
        boolean asksForMaterial = evidence.stream()
                .anyMatch(e -> e.kind() == CueKind.INFO || e.kind() == CueKind.PRICE);
        return asksForMaterial
                ? evidence.stream().filter(e -> !ConceptCues.DECLINES_A_CALL.equals(e.description())).toList()
                : evidence;
    }

    /**
     * "Sounds interesting, but we have no budget": interest said before a word of contrast and followed, in the
     * same or the next sentence, by a decline is politeness, not interest, and is dropped. A request for a call
     * ({@link CueKind#MEETING}) is never dropped.
     */
    private static List<Evidence> withoutPraiseBeforeADecline(List<Evidence> evidence, List<Token> at) {
        List<Evidence> out = new ArrayList<>();
        for (int i = 0; i < evidence.size(); i++) {
            if (evidence.get(i).kind() != CueKind.INTEREST || !declinedAfterContrast(evidence, at, i)) {
                out.add(evidence.get(i));
            }
        }
        return out;
    }

    private static boolean declinedAfterContrast(List<Evidence> evidence, List<Token> at, int i) {
        Token praise = at.get(i);
        for (int j = i + 1; j < evidence.size() && at.get(j).sentence() <= praise.sentence() + 1; j++) {
            CueKind kind = evidence.get(j).kind();
            if ((kind == CueKind.DECLINE || kind == CueKind.OPT_OUT) && at.get(j).contrasts() > praise.contrasts()) {
                return true;
            }
        }
        return false;
    }

    private int negatorBefore(List<Token> tokens, boolean[] covered, int start) {
        int clause = tokens.get(start).clause();
        for (int j = start - 1; j >= 0 && j >= start - negationWindow; j--) {
            if (tokens.get(j).clause() != clause) {
                return -1;
            }
            if (!covered[j] && isNegator(tokens.get(j).word()) && !idiom(tokens, j)) {
                return j;
            }
        }
        return -1;
    }

    /** "no worries", "no problem", "no doubt"…: a "no" that negates nothing after it. */
    private static boolean idiom(List<Token> tokens, int j) {
        return j + 1 < tokens.size() && "no".equals(tokens.get(j).word())
                && NOT_NEGATING_AFTER_NO.contains(tokens.get(j + 1).word());
    }

    private static boolean anyCovered(boolean[] covered, int from, int to) {
        for (int k = from; k < to; k++) {
            if (covered[k]) {
                return true;
            }
        }
        return false;
    }

    private record Entry(Cue cue, PhrasePattern pattern, int order) {
    }

    private record Match(int start, int end, Entry entry) {
    }
}
