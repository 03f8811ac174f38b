package dev.campaigncrm.llm.internal.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks and cleaning for text a model wrote: one-line values, links and addresses, matching against the notes. */
public final class ModelText {

    /**
     * Anything a mail client may turn into a link: a URL with a scheme ({@code https://}, {@code mailto:},
     * {@code tel:}, {@code javascript:}…), a {@code www.} host, a bare host name with any alphabetic top-level domain
     * ({@code evil-offers.shop/pay}), or an IPv4 address. Erring towards "link" only costs a model draft its
     * acceptance; the template then writes the email.
     */
    private static final Pattern URL = Pattern.compile("(?i)(?:\\b[a-z][a-z0-9+.-]*://\\S+"
            + "|\\b(?:mailto|tel|sms|callto|javascript|data|file|ftp|news|irc):\\S+"
            + "|\\bwww\\.\\S+"
            + "|(?<![@\\w.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,24}(?![a-z0-9-])(?:[:/]\\S*)?"
            + "|\\b\\d{1,3}(?:\\.\\d{1,3}){3}\\b(?:[:/]\\S*)?)");
    private static final Pattern EMAIL = Pattern.compile("(?i)[a-z0-9._%+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}]+)?");
    private static final String TRAILING = ".,;:!?)]}>'\"";

    private ModelText() {
    }

    /** {@code text} on one line, without control or format characters, at most {@code max} characters. */
    public static String oneLine(String text, int max) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]+", " ").replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1).strip() + "\u2026";
    }

    /** Every URL-like token in the text, trailing punctuation removed. */
    public static List<String> urls(String text) {
        return found(URL.matcher(text));
    }

    /** Every email-address-like token in the text. */
    public static List<String> emails(String text) {
        return found(EMAIL.matcher(text));
    }

    /** True when the text holds a link or an address. */
    public static boolean hasLinkOrAddress(String text) {
        return !urls(text).isEmpty() || !emails(text).isEmpty();
    }

    /** The lower-case words of a text, in order. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** True when {@code phrase}'s words occur, consecutively, among {@code text}'s words. */
    public static boolean containsWords(String text, String phrase) {
        List<String> hay = words(text);
        List<String> needle = words(phrase);
        return !needle.isEmpty() && java.util.Collections.indexOfSubList(hay, needle) >= 0;
    }

    private static List<String> found(Matcher m) {
        List<String> out = new ArrayList<>();
        while (m.find()) {
            String s = m.group();
            while (!s.isEmpty() && TRAILING.indexOf(s.charAt(s.length() - 1)) >= 0) {
                s = s.substring(0, s.length() - 1);
            }
            out.add(s);
        }
        return out;
    }
}
