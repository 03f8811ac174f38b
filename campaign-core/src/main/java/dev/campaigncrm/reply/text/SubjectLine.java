package dev.campaigncrm.reply.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reply and forward prefixes of a subject line as mail clients write them in many languages ({@code Re:}, {@code AW:},
 * {@code SV:}, {@code RE :}, {@code Re[2]:}, {@code Odp:}, {@code 回复：}…), tags such as {@code [EXTERNAL]} and
 * auto-reply prefixes ({@code Automatic reply:}, {@code Abwesenheitsnotiz:}…).
 */
public final class SubjectLine {

    private static final Pattern REPLY_PREFIX = TextFolding.pattern(
            "^(?:re|aw|sv|vs|vb|antw|antwort|doorst|odp|pd|r|rif|res|ref|fw|fwd|wg|tr|rv|enc|vl|ynt|отв|ответ|пересл"
                    + "|回复|回覆|答复|转发|轉寄|返信|転送)\\s*(?:\\[\\d{1,3}\\]|\\(\\d{1,3}\\))?\\s*:\\s*");
    private static final Pattern TAG = Pattern.compile("^(?:\\[[^\\]]{0,40}\\]|\\((?:ext|external|extern)\\))\\s*");
    private static final Pattern AUTO_PREFIX = TextFolding.pattern(
            "^(?:" + AutoReplyPhrases.SUBJECT_WORDS + ")(?:\\s*:|\\s+-)\\s*");
    private static final int MAX_PREFIXES = 20;

    private SubjectLine() {
    }

    /** True when the subject starts, after any tag, as a person's reply or forward ({@code Re:}, {@code AW:}…). */
    public static boolean isReply(String subject) {
        String s = TextFolding.fold(subject);
        Matcher tag = TAG.matcher(s);
        if (tag.find()) {
            s = s.substring(tag.end());
        }
        return REPLY_PREFIX.matcher(s).find();
    }

    /** The subject when the sender wrote one of their own: not blank and not a reply or forward of ours. */
    public static Optional<String> ownSubject(String subject) {
        String s = subject == null ? "" : subject.strip();
        return s.isEmpty() || isReply(s) ? Optional.empty() : Optional.of(s);
    }

    /** The subject folded (see {@link TextFolding}) with reply, forward and auto-reply prefixes and tags removed. */
    public static Stripped strip(String subject) {
        String s = TextFolding.fold(subject);
        boolean prefixed = false;
        for (int guard = 0; guard < MAX_PREFIXES; guard++) {
            Matcher m = REPLY_PREFIX.matcher(s);
            if (m.find()) {
                s = s.substring(m.end());
                prefixed = true;
                continue;
            }
            m = AUTO_PREFIX.matcher(s);
            if (m.find()) {
                s = s.substring(m.end());
                prefixed = true;
                continue;
            }
            m = TAG.matcher(s);
            if (m.find() && m.end() > 0) {
                s = s.substring(m.end());
                continue;
            }
            break;
        }
        return new Stripped(s.replaceAll("[\\s.!?]+$", "").strip(), prefixed);
    }

    /**
     * A subject without its prefixes.
     *
     * @param rest     the remaining subject, folded
     * @param prefixed true when at least one reply, forward or auto-reply prefix was removed
     */
    public record Stripped(String rest, boolean prefixed) {
    }
}
