package dev.campaigncrm.mail.internal.imap;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reply subjects: whether a subject answers another, tolerant of the prefixes mail clients add in many languages
 * ({@code Re:}, {@code AW:}, {@code SV:}, {@code RE :}, {@code Re[2]:}), tags such as {@code [EXTERNAL]} and
 * auto-reply prefixes.
 */
public final class ReplySubjects {

    private static final Pattern REPLY_PREFIX = Pattern.compile(
            "^(?:re|aw|sv|vs|antw|antwort|odp|r|rif|res|ref|fw|fwd|wg|tr|rv|enc|vl|ynt)\\s*(?:\\[\\d{1,3}\\]|\\(\\d{1,3}\\))?"
                    + "\\s*[:\uff1a]\\s*");
    private static final Pattern TAG = Pattern.compile("^(?:\\[[^\\]]{0,40}\\]|\\((?:ext|external|extern)\\))\\s*");
    private static final Pattern AUTO_PREFIX = Pattern.compile("^(?:" + AutoReplySignals.AUTO_SUBJECT_WORDS
            + ")(?:\\s*[:\uff1a]|\\s+-)\\s*");
    private static final int MIN_PARTIAL = 10;

    private ReplySubjects() {
    }

    /**
     * True when {@code subject} is a reply (or auto-reply) to a message with subject {@code original}: it carries a
     * reply or auto-reply prefix and, once prefixes and tags are removed, equals the original, contains it, or is a
     * truncation of it of at least ten characters.
     */
    public static boolean answers(String subject, String original) {
        Stripped s = strip(subject);
        String o = strip(original).rest();
        if (!s.prefixed() || o.isEmpty()) {
            return false;
        }
        String r = s.rest();
        if (r.equals(o)) {
            return true;
        }
        return (o.length() >= MIN_PARTIAL && r.contains(o)) || (r.length() >= MIN_PARTIAL && o.startsWith(r));
    }

    /** True when the subject starts as a person's reply or forward ({@code Re:}, {@code AW:}, {@code Fwd:}…). */
    static boolean startsAsReply(String subject) {
        return REPLY_PREFIX.matcher(normalise(subject)).find();
    }

    /** The subject normalised (NFKC, lower case, single spaces) with reply prefixes and tags removed. */
    public static Stripped strip(String subject) {
        String s = normalise(subject);
        boolean prefixed = false;
        for (int guard = 0; guard < 20; guard++) {
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

    /** Lower case, NFKC, accents removed, whitespace collapsed. */
    static String normalise(String s) {
        String d = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return d.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /**
     * A subject without its prefixes.
     *
     * @param rest     the remaining subject, normalised
     * @param prefixed true when at least one reply or auto-reply prefix was removed
     */
    public record Stripped(String rest, boolean prefixed) {
    }
}
