package dev.campaigncrm.mail.internal.imap;

import dev.campaigncrm.mail.internal.HeaderText;
import dev.campaigncrm.mail.internal.MessageIds;
import dev.campaigncrm.reply.Outreach;
import dev.campaigncrm.reply.Reply;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the messages a {@code SimulatedMailbox} delivers: replies, RFC 3464 bounces and a newsletter. */
public final class SimulatedMessages {

    private static final List<String> THREAD_HEADERS = List.of("in-reply-to", "references", "message-id");

    private final Session session;
    private final InternetAddress mailbox;
    private final String domain;

    /** Messages to {@code mailbox}. */
    public SimulatedMessages(Session session, InternetAddress mailbox) {
        this.session = session;
        this.mailbox = mailbox;
        String a = mailbox.getAddress();
        this.domain = a.substring(a.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * The reply as the lead's mail client (or auto-responder) would send it, answering message {@code o}: its
     * Message-ID is derived from the lead, the message answered and the reply's time, so the same reply delivered
     * again has the same id; {@code In-Reply-To} is {@code o}'s id and {@code References} the thread the reply
     * names (else {@code o}'s id). The reader's own {@code X-Campaign-*} headers are never sent.
     */
    public MimeMessage reply(Reply r, Outreach o, boolean automatic) throws MessagingException {
        String ours = HeaderText.sanitize(o.send().messageId());
        MimeMessage m = new FixedIdMessage(session, "<sim-reply-" + digest(r.leadId() + "\n" + ours + "\n"
                + r.receivedAt() + "\n" + r.subject()) + "@simulator.invalid>");
        m.setFrom(new InternetAddress(r.from()));
        m.setRecipient(MimeMessage.RecipientType.TO, mailbox);
        m.setSubject(HeaderText.sanitize(r.subject()), "UTF-8");
        m.setSentDate(Date.from(r.receivedAt()));
        for (Map.Entry<String, String> h : r.headers().entrySet()) {
            String name = h.getKey();
            if (name.matches("[A-Za-z0-9-]{1,60}") && !THREAD_HEADERS.contains(name.toLowerCase(Locale.ROOT))
                    && !name.regionMatches(true, 0, "X-Campaign-", 0, 11)) {
                m.setHeader(name, HeaderText.sanitize(h.getValue()));
            }
        }
        if (MessageIds.isValid(ours)) {
            m.setHeader("In-Reply-To", ours);
            List<String> refs = new ArrayList<>();
            for (String id : r.header("References").split("\\s+")) {
                if (MessageIds.isValid(id) && !refs.contains(id)) {
                    refs.add(id);
                }
            }
            refs.remove(ours);
            refs.add(ours);
            m.setHeader("References", MimeUtility.fold("References: ".length(), String.join(" ", refs)));
        }
        String body = r.body();
        if (!automatic && o.draft() != null) {
            StringBuilder quoted = new StringBuilder(body).append("\n\nOn ")
                    .append(o.send().at() == null ? "an earlier day" : o.send().at().toString())
                    .append(", ").append(mailbox.getAddress()).append(" wrote:\n");
            for (String line : o.draft().body().split("\r?\n", -1)) {
                quoted.append("> ").append(line).append('\n');
            }
            body = quoted.toString();
        }
        m.setText(body, "UTF-8");
        return m;
    }

    /** An RFC 3464 delivery status report from the mailer daemon for the email sent to {@code o}. */
    public MimeMessage bounce(Outreach o, boolean hard) throws MessagingException {
        String to = o.send().email();
        Instant at = (o.send().at() == null ? Instant.EPOCH : o.send().at()).plus(Duration.ofMinutes(2));
        String status = hard ? "5.1.1" : "4.2.2";
        String diagnostic = hard ? "smtp; 550 5.1.1 <" + to + ">: Recipient address rejected: User unknown"
                : "smtp; 452 4.2.2 <" + to + ">: Mailbox full";
        MimeMessage m = new FixedIdMessage(session, "<sim-dsn-" + digest(to + "\n" + o.send().messageId()) + "@"
                + domain + ">");
        m.setFrom(new InternetAddress("MAILER-DAEMON@" + domain));
        m.setRecipient(MimeMessage.RecipientType.TO, mailbox);
        m.setSubject(hard ? "Undelivered Mail Returned to Sender" : "Delayed Mail (still being retried)");
        m.setSentDate(Date.from(at));
        m.setHeader("Auto-Submitted", "auto-replied");
        MimeMultipart report = new ReportMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("This is the mail system at host mx." + domain + ".\n\nI'm sorry to have to inform you that "
                + "your message could not be delivered to one or more recipients.\n\n<" + to + ">: "
                + diagnostic.substring(6) + "\n", "UTF-8");
        report.addBodyPart(text);
        MimeBodyPart ds = new MimeBodyPart();
        String fields = "Reporting-MTA: dns; mx." + domain + "\n\nFinal-Recipient: rfc822; " + to
                + "\nOriginal-Recipient: rfc822;" + to + "\nAction: " + (hard ? "failed" : "delayed") + "\nStatus: "
                + status + "\nDiagnostic-Code: " + diagnostic + "\n";
        ds.setDataHandler(new DataHandler(new ByteArrayDataSource(fields.getBytes(StandardCharsets.US_ASCII),
                "message/delivery-status")));
        report.addBodyPart(ds);
        MimeBodyPart returned = new MimeBodyPart();
        String headers = "From: " + mailbox.getAddress() + "\nTo: " + to + "\nMessage-ID: "
                + HeaderText.sanitize(o.send().messageId()) + "\nSubject: "
                + HeaderText.sanitize(o.draft() == null ? "" : o.draft().subject()) + "\n";
        returned.setDataHandler(new DataHandler(new ByteArrayDataSource(headers.getBytes(StandardCharsets.UTF_8),
                "text/rfc822-headers")));
        report.addBodyPart(returned);
        m.setContent(report);
        return m;
    }

    /** 64 bits of the SHA-256 of {@code text}, in hex: the same text gives the same id on every JVM. */
    private static String digest(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** A newsletter no lead sent: bulk mail that threads to nobody. */
    public MimeMessage newsletter(long seed) throws MessagingException {
        MimeMessage m = new FixedIdMessage(session, "<sim-news-" + Long.toHexString(seed) + "@news.example.test>");
        m.setFrom(new InternetAddress("digest@news.example.test", false));
        m.setRecipient(MimeMessage.RecipientType.TO, mailbox);
        m.setSubject("Your weekly industry digest");
        m.setSentDate(Date.from(Instant.EPOCH.plus(Duration.ofDays(20_000 + Math.floorMod(seed, 365)))));
        m.setHeader("Precedence", "bulk");
        m.setHeader("List-Unsubscribe", "<https://news.example.test/unsubscribe>");
        m.setText("This week: five trends in operations software.\n", "UTF-8");
        return m;
    }

    /** A message whose Message-ID is fixed, so the same seed gives the same messages. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }

    /** {@code multipart/report; report-type=delivery-status}. */
    private static final class ReportMultipart extends MimeMultipart {
        ReportMultipart() {
            super("report");
            contentType = contentType + "; report-type=delivery-status";
        }
    }
}
