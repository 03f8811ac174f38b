package dev.campaigncrm.llm.internal.offline;

import dev.campaigncrm.internal.reply.QuotedText;
import dev.campaigncrm.reply.Reply;
import java.util.regex.Pattern;

/**
 * The text of a reply worth classifying: the sender's new text without quoted history, preceded by the subject when
 * the sender wrote one of their own (not "Re: …"), bounded in length.
 */
public final class ReplyText {

    private static final int MAX_CHARS = 4_000;
    private static final Pattern REPLY_SUBJECT = Pattern.compile(
            "(?i)^\\s*(re|aw|sv|vs|antw|fw|fwd|wg|tr|rv|ref)\\s*:");

    private ReplyText() {
    }

    /** The text to classify; blank when the reply has no new text and no subject of its own. */
    public static String of(Reply reply) {
        String body = reply.body().length() > 5 * MAX_CHARS ? reply.body().substring(0, 5 * MAX_CHARS) : reply.body();
        String newText = QuotedText.newText(body);
        String subject = reply.subject().strip();
        boolean subjectOfItsOwn = !subject.isEmpty() && !REPLY_SUBJECT.matcher(subject).lookingAt();
        String text = subjectOfItsOwn ? subject + ".\n\n" + newText : newText;
        text = text.strip();
        return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    }
}
