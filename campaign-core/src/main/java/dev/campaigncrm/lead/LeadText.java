package dev.campaigncrm.lead;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Untrusted lead text made safe to show, shared by every analyser and composer (the rule-based ones and the LLM
 * steps): {@link #clean} decides whether a lead value (name, company, location, industry) may appear in an email. A value is
 * cleaned (control characters and line breaks removed, whitespace collapsed, length capped) and then either accepted
 * as plain words or rejected as a whole, so that nothing that looks like a header, an address, a link or a formula
 * ever reaches a draft.
 */
public final class LeadText {

    /** The longest value a draft ever shows. */
    public static final int MAX_LENGTH = 60;

    /** The longest value a one-line reason quotes; longer values are cut and marked with an ellipsis. */
    public static final int MAX_QUOTED = 60;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** A dot glued to letters on both sides, as in a domain name ("evil.test"). */
    private static final Pattern DOMAIN_LIKE = Pattern.compile("[\\p{L}\\p{N}]\\.[\\p{L}\\p{N}]");
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir");

    private LeadText() {
    }

    /** {@code text} on one line, without control or format characters, at most {@link #MAX_QUOTED} characters. */
    public static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]+", " ").replace('\'', '\u2019')
                .replaceAll("\\s+", " ").strip();
        return flat.length() <= MAX_QUOTED ? flat : flat.substring(0, MAX_QUOTED - 1).strip() + "\u2026";
    }

    /** The cleaned value, or empty when it is blank or could be anything but plain words. */
    public static Optional<String> clean(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC).replace('\u2019', '\'');
        s = CONTROL.matcher(s).replaceAll(" ");
        s = WHITESPACE.matcher(s).replaceAll(" ").strip();
        if (s.isEmpty() || looksDangerous(s)) {
            return Optional.empty();
        }
        s = cap(s);
        return s.codePoints().anyMatch(Character::isLetter) ? Optional.of(s) : Optional.empty();
    }

    /** The first name of a cleaned full name, skipping a leading honorific; empty when there is none. */
    public static String firstName(String cleanedFullName) {
        for (String token : cleanedFullName.split(" ")) {
            String bare = token.replace(".", "").toLowerCase(Locale.ROOT);
            if (!bare.isEmpty() && !HONORIFICS.contains(bare) && token.codePoints().anyMatch(Character::isLetter)) {
                return token.replaceAll("[,(]+$", "");
            }
        }
        return "";
    }

    private static boolean looksDangerous(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.contains("@") || lower.contains("://") || lower.contains("www.")) {
            return true;
        }
        char first = s.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@') {
            return true;
        }
        if (DOMAIN_LIKE.matcher(s).find()) {
            return true;
        }
        return !s.codePoints().allMatch(LeadText::allowed);
    }

    private static boolean allowed(int cp) {
        return Character.isLetter(cp) || Character.isDigit(cp) || cp == ' ' || "&.,'-()".indexOf(cp) >= 0;
    }

    private static String cap(String s) {
        if (s.length() <= MAX_LENGTH) {
            return s;
        }
        String cut = s.substring(0, MAX_LENGTH);
        int space = cut.lastIndexOf(' ');
        if (space > MAX_LENGTH / 2) {
            cut = cut.substring(0, space);
        }
        return cut.replaceAll("[\\s,&(\\-]+$", "").strip();
    }
}
