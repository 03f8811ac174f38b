package dev.campaigncrm.mail.internal.imap;

import dev.campaigncrm.reply.text.SubjectLine;

/**
 * Whether a subject answers another, tolerant of the prefixes mail clients add in many languages ({@code Re:},
 * {@code AW:}, {@code SV:}, {@code RE :}, {@code Re[2]:}), tags such as {@code [EXTERNAL]} and auto-reply prefixes
 * (see {@link SubjectLine}).
 */
public final class ReplySubjects {

    private static final int MIN_PARTIAL = 10;

    private ReplySubjects() {
    }

    /**
     * True when {@code subject} is a reply (or auto-reply) to a message with subject {@code original}: it carries a
     * reply or auto-reply prefix and, once prefixes and tags are removed, equals the original, contains it, or is a
     * truncation of it of at least ten characters.
     */
    public static boolean answers(String subject, String original) {
        SubjectLine.Stripped s = SubjectLine.strip(subject);
        String o = SubjectLine.strip(original).rest();
        if (!s.prefixed() || o.isEmpty()) {
            return false;
        }
        String r = s.rest();
        if (r.equals(o)) {
            return true;
        }
        return (o.length() >= MIN_PARTIAL && r.contains(o)) || (r.length() >= MIN_PARTIAL && o.startsWith(r));
    }
}
