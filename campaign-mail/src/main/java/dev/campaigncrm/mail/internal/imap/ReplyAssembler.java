package dev.campaigncrm.mail.internal.imap;

import dev.campaigncrm.mail.bounce.BounceReport;
import dev.campaigncrm.mail.bounce.BounceType;
import dev.campaigncrm.mail.internal.HeaderText;
import dev.campaigncrm.reply.Reply;
import dev.campaigncrm.reply.ReplyHeaders;
import dev.campaigncrm.reply.text.AutomaticMail;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns a classified, threaded message into what the campaign sees: a {@link Reply} with the classification headers
 * (its own {@code X-Campaign-*} headers added) and, for a bounce, {@link BounceReport}s.
 */
public final class ReplyAssembler {

    /** The {@link Reply#source()} of replies read over IMAP. */
    public static final String SOURCE = "imap";
    /** {@code human}, {@code auto-reply} or {@code bounce}. */
    public static final String CLASS_HEADER = ReplyHeaders.CLASS;
    /** For a bounce: {@code hard 5.1.1}, {@code soft 4.2.2} or just {@code soft}. */
    public static final String BOUNCE_HEADER = ReplyHeaders.BOUNCE;
    /** For an out-of-office that states a return date: the date, ISO {@code yyyy-MM-dd}. */
    public static final String RETURN_DATE_HEADER = ReplyHeaders.RETURN_DATE;
    /** How the message was threaded to the lead, e.g. {@code in-reply-to}. */
    public static final String THREAD_HEADER = ReplyHeaders.THREAD;
    /** {@code yes} when a person asks not to be mailed again. */
    public static final String UNSUBSCRIBE_HEADER = ReplyHeaders.UNSUBSCRIBE;

    /** The evidence of automatic mail, so that a classifier sees what the reader saw, and the threading headers. */
    private static final List<String> KEPT = Stream.concat(AutomaticMail.EVIDENCE_HEADERS.stream(),
            Stream.of("From", "Subject", "In-Reply-To", "Message-ID", "Date")).toList();

    private ReplyAssembler() {
    }

    /** The bounce reports of a bounce: one per failed recipient, attributed to the lead when threaded. */
    public static List<BounceReport> bounceReports(BounceParser.Bounce bounce, Optional<Threader.Match> match) {
        List<BounceReport> reports = new ArrayList<>();
        for (BounceParser.Failure f : bounce.failures()) {
            String leadId = match.map(m -> Threader.leadId(m.outreach())).orElse("");
            String email = match.map(m -> Threader.email(m.outreach()))
                    .orElse(f.originalRecipient().isEmpty() ? f.finalRecipient() : f.originalRecipient());
            reports.add(new BounceReport(leadId, email, f.type(), f.status(), f.diagnostic()));
            if (match.isPresent()) {
                break;
            }
        }
        return reports;
    }

    /** The reply for a threaded message. */
    public static Reply reply(ParsedMail mail, Verdict verdict, Threader.Match match) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT) {
            String v = mail.header(name);
            if (!v.isEmpty()) {
                headers.put(name, v);
            }
        }
        headers.put(CLASS_HEADER, verdict.label());
        headers.put(THREAD_HEADER, match.how());
        if (mail.quotesHistory()) {
            headers.put(ReplyHeaders.QUOTED, "yes");
        }
        String body = mail.newText();
        if (verdict instanceof Verdict.Human h && h.unsubscribe()) {
            headers.put(UNSUBSCRIBE_HEADER, "yes");
        } else if (verdict instanceof Verdict.AutoReply a) {
            a.returnDate().ifPresent(d -> headers.put(RETURN_DATE_HEADER, d.toString()));
        } else if (verdict instanceof Verdict.Bounce b) {
            BounceReport r = bounceReports(b.bounce(), Optional.of(match)).get(0);
            headers.put(BOUNCE_HEADER, r.headerValue());
            body = summary(r);
        }
        return new Reply(Threader.leadId(match.outreach()), mail.from(), mail.subject(), body, headers, mail.date(),
                SOURCE);
    }

    /** One line describing a bounce, the body of its reply. */
    static String summary(BounceReport r) {
        String status = r.statusCode().isEmpty() ? "" : ", " + r.statusCode();
        String diag = r.diagnostic().isEmpty() ? "" : ": " + r.diagnostic();
        return HeaderText.sanitize("Delivery to " + r.email() + " failed (" + (r.type() == BounceType.HARD
                ? "hard bounce" : "soft bounce") + status + ")" + diag);
    }
}
