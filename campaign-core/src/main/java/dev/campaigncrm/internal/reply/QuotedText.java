package dev.campaigncrm.internal.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes what a reply quotes from earlier messages, so that only the sender's new text is classified: lines starting
 * with {@code >}, and everything from an attribution line ("On … wrote:", "Am … schrieb:"), an "Original Message"
 * separator, an Outlook header block or a signature delimiter ({@code -- }) on.
 */
public final class QuotedText {

    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?iu).*\\b(wrote|schrieb|a écrit|a ecrit|escribió|escribio|ha scritto|schreef|skrev|escreveu)\\s*:\\s*$");
    private static final Pattern SEPARATOR = Pattern.compile(
            "(?iu)^\\s*(-{2,}\\s*(original message|forwarded message|ursprüngliche nachricht|message d'origine"
                    + "|mensaje original|messaggio originale|oorspronkelijk bericht|ursprungligt meddelande)"
                    + ".*|_{5,}\\s*|--\\s*)$");
    private static final Pattern HEADER_FROM = Pattern.compile("(?iu)^\\s*\\*?(from|von|de|da|van|från|fra)\\s*:.*");
    private static final Pattern HEADER_NEXT = Pattern.compile(
            "(?iu)^\\s*\\*?(sent|date|to|subject|gesendet|datum|an|betreff|envoyé|envoye|enviado|inviato|verzonden"
                    + "|skickat|à|para|a|aan|till)\\s*:.*");

    private QuotedText() {
    }

    /** The text the sender wrote, without quoted history; may be blank. */
    public static String newText(String body) {
        String[] lines = (body == null ? "" : body).split("\\R", -1);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (ATTRIBUTION.matcher(line).matches() || SEPARATOR.matcher(line).matches()
                    || (HEADER_FROM.matcher(line).matches() && nextIsHeader(lines, i + 1))) {
                break;
            }
            if (!line.stripLeading().startsWith(">")) {
                kept.add(line);
            }
        }
        return String.join("\n", kept).strip();
    }

    private static boolean nextIsHeader(String[] lines, int from) {
        for (int j = from; j < lines.length; j++) {
            if (!lines[j].isBlank()) {
                return HEADER_NEXT.matcher(lines[j]).matches();
            }
        }
        return false;
    }
}
