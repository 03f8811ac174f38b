package dev.campaigncrm.sequence;

import dev.campaigncrm.reply.Reply;
import dev.campaigncrm.reply.ReplyClassification;
import dev.campaigncrm.reply.ReplyHeaders;
import dev.campaigncrm.reply.text.AutomaticMail;
import dev.campaigncrm.reply.text.ReplyText;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads what a stored reply means for the sequence: first from the headers the reply reader set ({@link ReplyHeaders}:
 * a bounce hard or soft, an auto-reply with its return date, an unsubscribe request), else from the evidence of
 * automatic mail in the reply itself ({@link AutomaticMail}); anything else is a person's reply. An automatic reply
 * that states a return date or speaks of absence is an out-of-office.
 */
public final class ReplyEvents {

    private ReplyEvents() {
    }

    /**
     * The event of reply {@code r} to sequence step {@code step}, classified as {@code classification}, its day taken
     * in {@code zone}. It takes the parts of a stored reply rather than the store's record, so that the sequence
     * package does not depend on the store (which depends on it).
     */
    public static ReplyEvent of(Reply r, int step, ReplyClassification classification, ZoneId zone) {
        LocalDate day = r.receivedAt() == null ? LocalDate.EPOCH : LocalDate.ofInstant(r.receivedAt(), zone);
        String kind = r.header(ReplyHeaders.CLASS).strip().toLowerCase(Locale.ROOT);
        if (kind.equals(ReplyHeaders.BOUNCE_CLASS)) {
            return new ReplyEvent.Bounced(day, step, r.header(ReplyHeaders.BOUNCE).toLowerCase(Locale.ROOT)
                    .startsWith("hard"));
        }
        if (r.header(ReplyHeaders.UNSUBSCRIBE).equalsIgnoreCase("yes")) {
            return new ReplyEvent.Unsubscribed(day, step);
        }
        boolean auto = kind.equals(ReplyHeaders.AUTO_REPLY) || kind.isEmpty()
                && AutomaticMail.find(r.headers(), r.from(), r.subject(), ReplyText.of(r.body()), r.quotesHistory())
                .isPresent();
        if (auto) {
            Optional<LocalDate> back = returnDate(r);
            boolean ooo = back.isPresent() || AutomaticMail.mentionsAbsence(r.subject() + "\n" + r.body());
            return ooo ? new ReplyEvent.OutOfOffice(day, step, back) : new ReplyEvent.AutoReplied(day, step);
        }
        return new ReplyEvent.PersonReplied(day, step, classification.category(),
                LaterContact.find(r.body(), day));
    }

    private static Optional<LocalDate> returnDate(Reply r) {
        String v = r.header(ReplyHeaders.RETURN_DATE).strip();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(v));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
