package dev.campaigncrm.compose;

/**
 * How the length limits count words: runs of letters, digits and in-word apostrophes or hyphens, so that
 * "don't", "follow-up" and "2026" are one word each and punctuation is none.
 */
public final class WordCount {

    /** The longest first email, in words (published cold-email figures favour about 120 or fewer). */
    public static final int FIRST_EMAIL_MAX = 120;
    /** The longest follow-up, in words. */
    public static final int FOLLOW_UP_MAX = 80;

    private WordCount() {
    }

    /** The number of words in {@code text}. */
    public static int of(String text) {
        if (text == null) {
            return 0;
        }
        int words = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean part = Character.isLetterOrDigit(cp)
                    || (in && (cp == '\'' || cp == '’' || cp == '-') && i + 1 < text.length()
                    && Character.isLetterOrDigit(text.codePointAt(i + Character.charCount(cp))));
            if (part && !in) {
                words++;
            }
            in = part;
            i += Character.charCount(cp);
        }
        return words;
    }

    /** The limit for a step: {@link #FIRST_EMAIL_MAX} for step 1, {@link #FOLLOW_UP_MAX} after. */
    public static int limitFor(EmailStep step) {
        return step.number() == 1 ? FIRST_EMAIL_MAX : FOLLOW_UP_MAX;
    }
}
