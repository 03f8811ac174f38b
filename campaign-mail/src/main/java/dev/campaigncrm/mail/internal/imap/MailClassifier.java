package dev.campaigncrm.mail.internal.imap;

import dev.campaigncrm.reply.cues.PhraseEvidence;
import dev.campaigncrm.reply.text.AutoReplyEvidence;
import dev.campaigncrm.reply.text.AutomaticMail;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Separates bounces, auto-replies and human replies, in this order: an RFC 3464 report with failed recipients is a
 * bounce (one with only delivered recipients an auto-reply); an auto-reply subject is an auto-reply and never a
 * bounce; a non-standard bounce body from a mailer daemon is a bounce; any other evidence of automatic mail ({@link
 * AutomaticMail}: headers, robot and null senders, out-of-office and bounce sentences in the new text) makes an
 * auto-reply; anything else is human, however short. The same evidence makes the rule classifier's SKIP, so the
 * reader and the classifiers agree.
 */
public final class MailClassifier {

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
        Optional<AutoReplyEvidence> subject = AutomaticMail.inSubject(mail.subject())
                .filter(e -> e.kind() != AutoReplyEvidence.Kind.BOUNCE);
        if (subject.isPresent()) {
            return autoReply(subject.get(), mail);
        }
        Optional<BounceParser.Bounce> other = BounceParser.parse(mail);
        if (other.isPresent()) {
            return new Verdict.Bounce(other.get());
        }
        Optional<AutoReplyEvidence> evidence = AutomaticMail.find(mail.headers(), mail.from(), mail.subject(),
                mail.newText(), mail.quotesHistory());
        if (evidence.isPresent()) {
            return autoReply(evidence.get(), mail);
        }
        return new Verdict.Human(asksToUnsubscribe(mail.subject() + "\n" + mail.newText()));
    }

    /**
     * True when the text asks not to be mailed again ("unsubscribe", "remove me from your list", in the cue
     * catalogue's languages): {@link PhraseEvidence#asksToBeRemoved}, the same test the classifiers use.
     */
    public static boolean asksToUnsubscribe(String text) {
        return PhraseEvidence.asksToBeRemoved(text);
    }

    /** An auto-reply; one sent for a person (not bulk mail, not a bounce) may state a return date. */
    private static Verdict autoReply(AutoReplyEvidence evidence, ParsedMail mail) {
        if (!evidence.kind().personal()) {
            return new Verdict.AutoReply(evidence.rationale(), Optional.empty());
        }
        LocalDate day = LocalDate.ofInstant(mail.date(), ZoneOffset.UTC);
        return new Verdict.AutoReply(evidence.rationale(), ReturnDates.find(mail.subject() + "\n" + mail.newText(),
                day));
    }
}
