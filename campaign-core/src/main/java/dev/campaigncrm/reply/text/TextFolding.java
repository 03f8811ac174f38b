package dev.campaigncrm.reply.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one form in which every phrase list of this package is matched: compatibility-decomposed (full-width colons
 * become {@code :}), accents removed, lower case, curly apostrophes straightened, whitespace collapsed.
 */
public final class TextFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u200b\\ufeff]+");

    private TextFolding() {
    }

    /** {@code text} folded; null gives empty text. */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String d = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        d = d.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        return SPACES.matcher(d).replaceAll(" ").strip();
    }

    /**
     * A case- and accent-insensitive pattern for text folded with {@link #fold}: the regex is written in natural
     * form and folded in turn (so it must use no upper-case escapes such as {@code \S}); word boundaries are Unicode.
     */
    static Pattern pattern(String regex) {
        return Pattern.compile(fold(regex), Pattern.UNICODE_CHARACTER_CLASS);
    }
}
