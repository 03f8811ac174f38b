package dev.campaigncrm.examples.sequence;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.campaigncrm.Campaign;
import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.mail.SmtpMailer;
import dev.campaigncrm.mail.Tls;
import dev.campaigncrm.mail.imap.ImapReplySource;
import dev.campaigncrm.run.CampaignResult;
import dev.campaigncrm.sequence.LeadProgress;
import dev.campaigncrm.sequence.Sequence;
import dev.campaigncrm.sequence.SequenceState;
import dev.campaigncrm.store.CampaignStore;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A 3-step sequence (follow-ups 3 and 7 days after the first email) driven over 14 simulated days (an injected clock)
 * against GreenMail, replies delivered to the sender's mailbox by SMTP and read back over IMAP by the production
 * reader. Subclasses give the store (SQLite, PostgreSQL). Scripted leads:
 * <ul>
 *   <li>L1 answers step 1 on day 1: nothing more;</li>
 *   <li>L2 is out of office until day 8: paused, step 2 on day 9, step 3 four days later (day 13);</li>
 *   <li>L3 hard-bounces step 1: nothing more;</li>
 *   <li>L4 never answers: steps on days 0, 3 and 7, then finished;</li>
 *   <li>L5 answers step 2 on day 4: no step 3;</li>
 *   <li>L6 soft-bounces step 1 (report read on day 1): tried once more on day 2, then follow-ups on days 5 and 9.</li>
 * </ul>
 */
abstract class SequenceOverTwoWeeksTest {

    static final LocalDate DAY0 = LocalDate.of(2026, 11, 2);
    static final String SENDER = "sales@seller.test";
    static final String CAMPAIGN = "seq-two-weeks";

    /** A fresh, empty store for one test. */
    abstract CampaignStore newStore();

    @org.junit.jupiter.api.Test
    void fourteenDaysOfASequence() throws Exception {
        GreenMail mail = new GreenMail(ServerSetup.dynamicPort(ServerSetup.SMTP_IMAP));
        mail.start();
        try (CampaignStore store = newStore()) {
            mail.setUser(SENDER, "sales", "secret");
            MutableClock clock = new MutableClock();
            List<Lead> leads = leads();
            for (int day = 0; day <= 14; day++) {
                clock.at(DAY0.plusDays(day));
                deliverScripted(mail, day, clock);
                advance(mail, store, clock, leads, DAY0.plusDays(day));
                if (day == 7) {
                    int before = sentTo(mail).values().stream().mapToInt(List::size).sum();
                    advance(mail, store, clock, leads, DAY0.plusDays(day));
                    assertThat(sentTo(mail).values().stream().mapToInt(List::size).sum())
                            .as("the same day run twice sends nothing").isEqualTo(before);
                }
            }
            Map<String, List<MimeMessage>> sent = sentTo(mail);
            assertThat(days(sent.get("l1@buyer.test"))).containsExactly(0);
            assertThat(days(sent.get("l2@buyer.test"))).containsExactly(0, 9, 13);
            assertThat(days(sent.get("l3@buyer.test"))).containsExactly(0);
            assertThat(days(sent.get("l4@buyer.test"))).containsExactly(0, 3, 7);
            assertThat(days(sent.get("l5@buyer.test"))).containsExactly(0, 3);
            assertThat(days(sent.get("l6@buyer.test"))).containsExactly(0, 2, 5, 9);

            List<MimeMessage> l4 = sent.get("l4@buyer.test");
            String first = l4.get(0).getMessageID();
            String second = l4.get(1).getMessageID();
            MimeMessage third = l4.get(2);
            assertThat(third.getHeader("In-Reply-To", null)).isEqualTo(second);
            assertThat(third.getHeader("References", " ").split("\\s+")).containsExactly(first, second);
            assertThat(third.getSubject()).isEqualTo("Re: " + l4.get(0).getSubject());
            assertThat(l4.get(1).getHeader("In-Reply-To", null)).isEqualTo(first);
            assertThat(Arrays.stream(new String[] {first, second, third.getMessageID()}).distinct()).hasSize(3);

            Map<String, LeadProgress> states = store.progress(CAMPAIGN);
            assertThat(states.get("L1").state()).isEqualTo(SequenceState.REPLIED);
            assertThat(states.get("L1").repliedTo()).isEqualTo(1);
            assertThat(states.get("L2").state()).isEqualTo(SequenceState.FINISHED);
            assertThat(states.get("L3").state()).isEqualTo(SequenceState.BOUNCED);
            assertThat(states.get("L4").state()).isEqualTo(SequenceState.FINISHED);
            assertThat(states.get("L5").state()).isEqualTo(SequenceState.REPLIED);
            assertThat(states.get("L5").repliedTo()).isEqualTo(2);
            assertThat(states.get("L6").state()).isEqualTo(SequenceState.FINISHED);
        } finally {
            mail.stop();
        }
    }

    private static void advance(GreenMail mail, CampaignStore store, Clock clock, List<Lead> leads, LocalDate day) {
        try (SmtpMailer smtp = SmtpMailer.builder().host("127.0.0.1").port(mail.getSmtp().getPort())
                .tls(Tls.NONE).from(SENDER, "Sam Seller").campaignId(CAMPAIGN).clock(clock).build()) {
            ImapReplySource replies = ImapReplySource.builder().host("127.0.0.1").port(mail.getImap().getPort())
                    .tls(Tls.NONE).username("sales").password("secret").build();
            CampaignResult r = Campaign.builder().campaignId(CAMPAIGN).leads(leads).asOf(day).clock(clock)
                    .store(store).sequence(Sequence.ofDays(3, 7)).mailer(smtp).replies(replies).concurrency(4)
                    .advance();
            assertThat(r.outcomes().toList()).hasSize(leads.size());
        }
    }

    /** Each day's scripted mail from the leads (and their servers), sent before that day's run. */
    private static void deliverScripted(GreenMail mail, int day, Clock clock) throws MessagingException {
        Map<String, List<MimeMessage>> sent = sentTo(mail);
        switch (day) {
            case 1 -> {
                reply(mail, sent.get("l1@buyer.test").get(0), "l1@buyer.test", clock,
                        "Sounds interesting - can you send me a few times for a call next week?");
                bounce(mail, sent.get("l3@buyer.test").get(0), "l3@buyer.test", "5.1.1", clock);
            }
            case 4 -> reply(mail, sent.get("l5@buyer.test").get(1), "l5@buyer.test", clock,
                    "Thanks for following up. We are not interested at this time.");
            default -> {
            }
        }
        if (day == 0) {
            return;
        }
        if (day == 1) {
            // the out-of-office and the soft bounce answer day 0's first emails (delivered the next morning here)
            outOfOffice(mail, sent.get("l2@buyer.test").get(0), "l2@buyer.test", DAY0.plusDays(8), clock);
            bounce(mail, sent.get("l6@buyer.test").get(0), "l6@buyer.test", "4.2.2", clock);
        }
    }

    private static void reply(GreenMail mail, MimeMessage original, String from, Clock clock, String text)
            throws MessagingException {
        MimeMessage m = message(mail);
        m.setFrom(new InternetAddress(from));
        m.setRecipients(Message.RecipientType.TO, SENDER);
        m.setSubject("Re: " + original.getSubject());
        m.setHeader("In-Reply-To", original.getMessageID());
        m.setHeader("References", original.getMessageID());
        m.setSentDate(Date.from(clock.instant().minusSeconds(3600)));
        m.setText(text + "\n\nBest,\nLee\n", "UTF-8");
        Transport.send(m);
    }

    private static void outOfOffice(GreenMail mail, MimeMessage original, String from, LocalDate back, Clock clock)
            throws MessagingException {
        MimeMessage m = message(mail);
        m.setFrom(new InternetAddress(from));
        m.setRecipients(Message.RecipientType.TO, SENDER);
        m.setSubject("Out of Office: " + original.getSubject());
        m.setHeader("In-Reply-To", original.getMessageID());
        m.setHeader("Auto-Submitted", "auto-replied");
        m.setSentDate(Date.from(clock.instant().minusSeconds(3600)));
        m.setText("I am out of the office until " + back.format(DateTimeFormatter.ofPattern("MMMM d, yyyy",
                Locale.ENGLISH)) + " with limited access to email.\n", "UTF-8");
        Transport.send(m);
    }

    private static void bounce(GreenMail mail, MimeMessage original, String rcpt, String status, Clock clock)
            throws MessagingException {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().minusSeconds(3600)
                .atZone(ZoneOffset.UTC));
        String dsn = "From: MAILER-DAEMON@mx.seller.test (Mail Delivery System)\r\n"
                + "To: " + SENDER + "\r\n"
                + "Subject: Undelivered Mail Returned to Sender\r\n"
                + "Date: " + date + "\r\n"
                + "Message-ID: <dsn-" + rcpt.replace('@', '.') + "-" + status + "@mx.seller.test>\r\n"
                + "Auto-Submitted: auto-replied\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B0UND\"\r\n\r\n"
                + "--B0UND\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
                + "Your message could not be delivered.\r\n\r\n"
                + "--B0UND\r\nContent-Type: message/delivery-status\r\n\r\n"
                + "Reporting-MTA: dns; mx.seller.test\r\n\r\n"
                + "Final-Recipient: rfc822; " + rcpt + "\r\n"
                + "Action: " + (status.startsWith("5") ? "failed" : "delayed") + "\r\n"
                + "Status: " + status + "\r\n"
                + "Diagnostic-Code: smtp; " + (status.startsWith("5") ? "550 " : "452 ") + status
                + " mailbox problem\r\n\r\n"
                + "--B0UND\r\nContent-Type: text/rfc822-headers\r\n\r\n"
                + "From: Sam Seller <" + SENDER + ">\r\n"
                + "To: <" + rcpt + ">\r\n"
                + "Subject: " + original.getSubject() + "\r\n"
                + "Message-ID: " + original.getMessageID() + "\r\n\r\n"
                + "--B0UND--\r\n";
        MimeMessage m = new MimeMessage(session(mail), new ByteArrayInputStream(dsn.getBytes(
                StandardCharsets.US_ASCII)));
        Transport.send(m, new InternetAddress[] {new InternetAddress(SENDER)});
    }

    private static MimeMessage message(GreenMail mail) {
        return new MimeMessage(session(mail));
    }

    private static Session session(GreenMail mail) {
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", String.valueOf(mail.getSmtp().getPort()));
        return Session.getInstance(p);
    }

    /** The campaign's messages at the server by recipient, in the order received. */
    static Map<String, List<MimeMessage>> sentTo(GreenMail mail) {
        Map<String, List<MimeMessage>> out = new java.util.TreeMap<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            try {
                InternetAddress from = (InternetAddress) m.getFrom()[0];
                if (!from.getAddress().equals(SENDER)) {
                    continue;
                }
                String to = ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress();
                out.computeIfAbsent(to, k -> new ArrayList<>()).add(m);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    /** The campaign day each message was sent on. */
    private static List<Integer> days(List<MimeMessage> ms) {
        return ms.stream().map(m -> {
            try {
                return (int) java.time.temporal.ChronoUnit.DAYS.between(DAY0,
                        LocalDate.ofInstant(m.getSentDate().toInstant(), ZoneOffset.UTC));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.toList());
    }

    private static List<Lead> leads() {
        List<Lead> leads = new ArrayList<>();
        String[][] rows = {
                {"L1", "Lee One", "VP Sales", "Acme Health"},
                {"L2", "Lee Two", "CTO", "Beta Logistics"},
                {"L3", "Lee Three", "Sales Manager", "Gamma Retail"},
                {"L4", "Lee Four", "Head of Operations", "Delta Finance"},
                {"L5", "Lee Five", "Director of Marketing", "Epsilon Software"},
                {"L6", "Lee Six", "Account Executive", "Zeta Manufacturing"}};
        for (String[] r : rows) {
            leads.add(Lead.builder().id(r[0]).name(r[1]).email(r[0].toLowerCase(Locale.ROOT) + "@buyer.test")
                    .jobTitle(r[2]).company(r[3]).companySize("200").lastContact("2026-10-20").build());
        }
        return leads;
    }

    /** A clock the test moves from day to day (09:00 UTC), ticking a second per read so times stay ordered. */
    static final class MutableClock extends Clock {
        private volatile Instant now = Instant.EPOCH;

        void at(LocalDate day) {
            now = day.atTime(9, 0).toInstant(ZoneOffset.UTC);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            now = now.plusMillis(1);
            return now;
        }
    }
}
