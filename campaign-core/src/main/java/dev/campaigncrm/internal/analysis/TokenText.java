package dev.campaigncrm.internal.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Free text split into clauses of lower-case words, for phrase matching on word boundaries with negation.
 * Articles ("a", "an", "the") are dropped so that "requested demo" and "requested a demo" match alike; a clause ends
 * at sentence punctuation, a comma or a contrasting word ("but", "however"), which also ends a negation's reach.
 */
public final class TokenText {

    /** How many words before a phrase a negation still reaches: "not really that interested". */
    public static final int NEGATION_REACH = 3;

    private static final Pattern CLAUSE_BREAK =
            Pattern.compile("[.;!?,:()\\[\\]\\n\\r\\u2022]+|\\s(?:but|however|although|though|yet|whereas)\\s");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'\\p{L}+)?");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> NEGATIONS = Set.of("no", "not", "never", "without", "nor", "neither", "cannot",
            "cant", "dont", "doesnt", "didnt", "isnt", "wasnt", "arent", "werent", "wont", "hasnt", "havent",
            "hadnt", "lacks", "lacking", "nothing");

    private final List<List<String>> clauses;

    private TokenText(List<List<String>> clauses) {
        this.clauses = clauses;
    }

    /** Splits {@code text} (null is empty). */
    public static TokenText of(String text) {
        List<List<String>> clauses = new ArrayList<>();
        if (text != null) {
            String normal = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
            for (String clause : CLAUSE_BREAK.split(" " + normal + " ")) {
                List<String> words = words(clause);
                if (!words.isEmpty()) {
                    clauses.add(words);
                }
            }
        }
        return new TokenText(List.copyOf(clauses));
    }

    /** The lower-case words of {@code text} without articles, in order. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        while (m.find()) {
            if (!ARTICLES.contains(m.group())) {
                words.add(m.group());
            }
        }
        return words;
    }

    /** True when the text has no words. */
    public boolean isEmpty() {
        return clauses.isEmpty();
    }

    /** Every word of every clause, in order. */
    public List<String> allWords() {
        return clauses.stream().flatMap(List::stream).toList();
    }

    /** The clauses, each a list of words. */
    public List<List<String>> clauses() {
        return clauses;
    }

    /** Whether {@code phrase} occurs as whole words, and whether every occurrence is negated. */
    public Presence find(String phrase) {
        List<String> target = words(phrase);
        if (target.isEmpty()) {
            return Presence.ABSENT;
        }
        Presence found = Presence.ABSENT;
        for (List<String> clause : clauses) {
            for (int i = 0; i + target.size() <= clause.size(); i++) {
                if (clause.subList(i, i + target.size()).equals(target)) {
                    if (!negatedBefore(clause, i)) {
                        return Presence.PRESENT;
                    }
                    found = Presence.NEGATED;
                }
            }
        }
        return found;
    }

    /** True when the phrase occurs at least once without a negation before it. */
    public boolean contains(String phrase) {
        return find(phrase) == Presence.PRESENT;
    }

    /** True when a negation word stands within {@link #NEGATION_REACH} words before position {@code index}. */
    public static boolean negatedBefore(List<String> clause, int index) {
        for (int j = Math.max(0, index - NEGATION_REACH); j < index; j++) {
            if (isNegation(clause.get(j))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNegation(String word) {
        return NEGATIONS.contains(word) || word.endsWith("n't");
    }

    /** Whether a phrase was found. */
    public enum Presence {
        /** At least once, not negated. */
        PRESENT,
        /** Only in negated form, e.g. "not interested". */
        NEGATED,
        /** Not at all. */
        ABSENT
    }
}
