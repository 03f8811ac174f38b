package dev.campaigncrm.mail.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Keeps the new text of a reply: quoted history and the signature are cut. */
public final class ReplyText {

    /** "On … wrote:" and its translations, possibly wrapped over two lines. */
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?i)^(on\\b.*\\bwrote|am\\b.*\\bschrieb.*|le\\b.*\\ba écrit|el\\b.*\\bescribió|op\\b.*\\bschreef.*"
                    + "|il\\b.*\\bha scritto)\\s*:\\s*$");
    private static final Pattern ATTRIBUTION_START = Pattern.compile("(?i)^(on|am|le|el|op|il)\\s.*[^.!?]$");
    private static final Pattern ATTRIBUTION_END = Pattern.compile(
            "(?i).*(wrote|schrieb.*|a écrit|escribió|schreef.*|ha scritto)\\s*:\\s*$");
    private static final Pattern ORIGINAL = Pattern.compile(
            "(?i)^-{2,}\\s*(original message|ursprüngliche nachricht|message d'origine|mensaje original"
                    + "|oorspronkelijk bericht|messaggio originale)\\s*-{2,}\\s*$");
    private static final Pattern HEADER_FROM = Pattern.compile("(?i)^\\*?(from|von|de|van|da)\\s?:\\*?\\s+\\S.*");
    private static final Pattern HEADER_SENT = Pattern.compile(
            "(?i)^\\*?(sent|date|gesendet|datum|envoyé|enviado|fecha|verzonden|inviato)\\s?:\\*?\\s+\\S.*");
    private static final Pattern RULE = Pattern.compile("^_{20,}\\s*$");
    private static final Pattern SIGNATURE = Pattern.compile("^--\\s?$");
    private static final Pattern MOBILE = Pattern.compile("(?i)^(sent from my |gesendet von meinem )\\S.*$");

    private ReplyText() {
    }

    /** The text above the quoted history and the signature, without lines quoted with {@code >}, trimmed. */
    public static String newText(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String t = line.strip();
            if (startsHistory(lines, i) || SIGNATURE.matcher(line.stripTrailing()).matches()
                    || MOBILE.matcher(t).matches()) {
                break;
            }
            if (!t.startsWith(">")) {
                kept.add(line.stripTrailing());
            }
        }
        return String.join("\n", kept).replaceAll("\n{3,}", "\n\n").strip();
    }

    private static boolean startsHistory(String[] lines, int i) {
        String t = lines[i].strip();
        if (ATTRIBUTION.matcher(t).matches() || ORIGINAL.matcher(t).matches()) {
            return true;
        }
        if (ATTRIBUTION_START.matcher(t).matches() && i + 1 < lines.length) {
            String next = lines[i + 1].strip();
            if (ATTRIBUTION_END.matcher(next).matches() && !ATTRIBUTION.matcher(next).matches()
                    && ATTRIBUTION.matcher(t + " " + next).matches()) {
                return true;
            }
        }
        if (RULE.matcher(t).matches()) {
            return i + 1 < lines.length && HEADER_FROM.matcher(lines[i + 1].strip()).matches();
        }
        return HEADER_FROM.matcher(t).matches() && followedBySent(lines, i);
    }

    private static boolean followedBySent(String[] lines, int i) {
        for (int j = i + 1; j < Math.min(lines.length, i + 4); j++) {
            if (HEADER_SENT.matcher(lines[j].strip()).matches()) {
                return true;
            }
        }
        return false;
    }
}
