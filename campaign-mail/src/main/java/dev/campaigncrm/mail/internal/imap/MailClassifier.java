package dev.campaigncrm.mail.internal.imap;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Separates bounces, auto-replies and human replies, in this order: an RFC 3464 report with failed recipients is a
 * bounce (one with only delivered recipients an auto-reply); an auto-reply subject is an auto-reply and never a
 * bounce; a non-standard bounce body from a mailer daemon is a bounce; auto-reply headers, robot senders and
 * out-of-office phrases in the new text make an auto-reply; anything else is human.
 */
public final class MailClassifier {

    private static final Pattern UNSUBSCRIBE = Pattern.compile("\\bunsubscribe\\b"
            + "|\\bremove me from (?:your|the|this|all)(?: \\w+){0,2} (?:list|lists|database)\\b"
            + "|\\btake me off (?:your|the|this)(?: \\w+){0,2} list\\b"
            + "|\\bstop (?:e-?mailing|contacting|sending (?:me|us))\\b|\\bdo not (?:contact|e-?mail) (?:me|us)\\b"
            + "|\\bdon't (?:contact|e-?mail) (?:me|us)\\b|\\bopt(?:-| )?out\\b|\\babmelden\\b|\\baustragen\\b"
            + "|\\bdesinscri|\\bdar(?:me)? de baja\\b|\\bafmelden\\b|\\buitschrijven\\b|\\bavregistrera\\b"
            + "|\\bcancellami\\b");

    private MailClassifier() {
    }

    /** The verdict on one message. */
    public static Verdict classify(ParsedMail mail) {
        Optional<BounceParser.Bounce> standard = mail.deliveryStatus().isEmpty() ? Optional.empty()
                : BounceParser.parse(mail);
        if (standard.isPresent()) {
            return standard.get().failures().isEmpty()
                    ? new Verdict.AutoReply("delivery notification (no failed recipient)", Optional.empty())
                    : new Verdict.Bounce(standard.get());
        }
        if (AutoReplySignals.autoReplySubject(mail.subject())) {
            return autoReply("auto-reply subject", mail);
        }
        Optional<BounceParser.Bounce> other = BounceParser.parse(mail);
        if (other.isPresent()) {
            return new Verdict.Bounce(other.get());
        }
        Optional<String> header = AutoReplySignals.fromHeaders(mail.headers(), mail.from());
        if (header.isPresent()) {
            boolean personal = !header.get().startsWith("Precedence: bulk") && !header.get().startsWith("Precedence: list")
                    && !header.get().startsWith("Precedence: junk") && !header.get().startsWith("robot sender");
            return personal ? autoReply(header.get(), mail) : new Verdict.AutoReply(header.get(), Optional.empty());
        }
        Optional<String> phrase = AutoReplySignals.outOfOfficeText(mail.newText());
        if (phrase.isPresent()) {
            return autoReply("out-of-office text", mail);
        }
        return new Verdict.Human(asksToUnsubscribe(mail.subject() + "\n" + mail.newText()));
    }

    /** True when the text asks not to be mailed again ("unsubscribe", "remove me from your list", ...). */
    public static boolean asksToUnsubscribe(String text) {
        return UNSUBSCRIBE.matcher(ReplySubjects.normalise(text).replace('\u2019', '\'')).find();
    }

    private static Verdict autoReply(String reason, ParsedMail mail) {
        LocalDate day = LocalDate.ofInstant(mail.date(), ZoneOffset.UTC);
        return new Verdict.AutoReply(reason, ReturnDates.find(mail.subject() + "\n" + mail.newText(), day));
    }
}
