package dev.campaigncrm.reply.cues;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A text split into words with clause and sentence boundaries, so that phrases are matched as whole words
 * ("no" never matches inside "know") and negation does not reach across a comma or a "but".
 *
 * @param text   the text, Unicode-normalised (NFC); token offsets refer to it
 * @param tokens the words, in order
 */
record TokenizedText(String text, List<Token> tokens) {

    private static final Set<String> CLAUSE_WORDS = Set.of("but", "however", "although", "though", "except",
            "aber", "jedoch", "allerdings", "mais", "cependant", "pourtant", "pero", "porem", "contudo",
            "ma", "tuttavia", "maar", "echter");
    /**
     * Clause words that are also words of another language, kept as words too: Italian "ma" (but) is French "ma"
     * (my), as in "ma collègue s'en occupe"; French "mais" (but) is Portuguese "mais" (more), as in "mais
     * informações".
     */
    /** The clause words that set what follows against what came before: "interesting, but no budget". */
    private static final Set<String> CONTRAST_WORDS = Set.of("but", "however", "aber", "jedoch", "allerdings", "mais",
            "cependant", "pourtant", "pero", "porem", "contudo", "ma", "tuttavia", "maar", "echter");
    private static final Set<String> ALSO_WORDS = Set.of("ma", "mais");
    /** French and Italian elisions: {@code l'information} is two words, {@code don't} is one. */
    private static final Set<String> ELISIONS = Set.of("l", "d", "n", "j", "qu", "c", "s", "m", "t", "un", "dell",
            "nell", "all", "dall", "sull", "quell");
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    /** Copies the list. */
    public TokenizedText {
        tokens = List.copyOf(tokens);
    }

    /** Splits {@code raw} into at most {@code maxTokens} words. */
    public static TokenizedText of(String raw, int maxTokens) {
        String text = Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFC);
        List<Token> out = new ArrayList<>();
        int clause = 0;
        int sentence = 0;
        int contrasts = 0;
        int i = 0;
        int n = text.length();
        while (i < n && out.size() < maxTokens) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                int start = i;
                StringBuilder word = new StringBuilder();
                while (i < n) {
                    int c = text.codePointAt(i);
                    if (Character.isLetterOrDigit(c)) {
                        word.appendCodePoint(c);
                        i += Character.charCount(c);
                    } else if (isApostrophe(c) && i + 1 < n && Character.isLetter(text.codePointAt(i + 1))) {
                        if (ELISIONS.contains(fold(word.toString()))) {
                            break;
                        }
                        i += Character.charCount(c);
                    } else {
                        break;
                    }
                }
                String w = fold(word.toString());
                if (CLAUSE_WORDS.contains(w)) {
                    clause++;
                    contrasts += CONTRAST_WORDS.contains(w) ? 1 : 0;
                    if (!ALSO_WORDS.contains(w)) {
                        continue;
                    }
                }
                out.add(new Token(w, start, i, clause, sentence, contrasts));
                continue;
            }
            switch (cp) {
                case '.', '!', '?', ';', ':', '\u00bf', '\u00a1' -> {
                    sentence++;
                    clause++;
                }
                case ',', '(', ')', '[', ']', '"', '/', '\u2014', '\u2013', '\u201c', '\u201d', '\n', '\u2022', '*'
                        -> clause++;
                case '-' -> {
                    boolean spacedDash = (i > 0 && Character.isWhitespace(text.charAt(i - 1)))
                            || (i + 1 < n && Character.isWhitespace(text.charAt(i + 1)));
                    if (spacedDash) {
                        clause++;
                    }
                }
                default -> {
                    // other symbols and spaces only separate words
                }
            }
            if (cp == '\n' && blankLineFollows(text, i + 1)) {
                sentence++;
            }
            i += Character.charCount(cp);
        }
        return new TokenizedText(text, out);
    }

    /** The words only, for simple look-ups. */
    public List<String> words() {
        return tokens.stream().map(Token::word).toList();
    }

    /** The original text from token {@code from} to token {@code to} (inclusive), on one line. */
    public String span(int from, int to) {
        String s = text.substring(tokens.get(from).start(), tokens.get(to).end());
        return s.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    }

    /** Lower case without accents, so that cues match "intéressés" and "interesses" alike. */
    private static String fold(String word) {
        String d = Normalizer.normalize(word, Normalizer.Form.NFKD);
        return MARKS.matcher(d).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static boolean isApostrophe(int c) {
        return c == '\'' || c == '\u2019' || c == '\u02bc' || c == '\u2018';
    }

    private static boolean blankLineFollows(String text, int from) {
        for (int j = from; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }
}
