package dev.campaigncrm.mail;

import static dev.campaigncrm.mail.Drafts.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.compose.EmailStep;
import dev.campaigncrm.mail.internal.MessageIds;
import dev.campaigncrm.send.SendResult;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Follow-ups over SMTP (GreenMail on a loopback port): ids per step and attempt, and the thread headers sent. */
class SmtpMailerThreadingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T09:30:00Z"), ZoneOffset.UTC);
    private static final String CAMPAIGN = "q4-ops";

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private SmtpMailer mailer() {
        return SmtpMailer.builder().host("127.0.0.1").port(greenMail.getSmtp().getPort())
                .from("Alex <alex@seller.test>").clock(CLOCK).campaignId(CAMPAIGN).build();
    }

    private static EmailDraft first() {
        return draft("L1", "priya@medcore.test", "Priya Raman", "Compliance, faster", "Hi Priya,\nshort note.");
    }

    private static String header(MimeMessage m, String name) throws Exception {
        String[] values = m.getHeader(name);
        assertThat(values).as(name).hasSize(1);
        return MimeUtility.unfold(values[0]);
    }

    @Test
    void aStepThreeMessageCarriesItsDerivedIdAndTheWholeThread() throws Exception {
        try (SmtpMailer mailer = mailer()) {
            String id1 = mailer.messageIdFor(first()).orElseThrow();
            EmailDraft second = first().withStep(EmailStep.followUp(2, List.of(id1)))
                    .withSubject("Re: Compliance, faster");
            String id2 = mailer.messageIdFor(second).orElseThrow();
            EmailDraft third = first().withStep(EmailStep.followUp(3, List.of(id1, id2)))
                    .withSubject("Re: Compliance, faster");
            String id3 = mailer.messageIdFor(third).orElseThrow();

            SendResult result = mailer.send(third);

            assertThat(id3).isEqualTo(MessageIds.derive(CAMPAIGN, "L1#s3", "seller.test"));
            assertThat(result.messageId()).isEqualTo(id3);
            MimeMessage[] received = greenMail.getReceivedMessages();
            assertThat(received).hasSize(1);
            MimeMessage m = received[0];
            assertThat(header(m, "Message-ID")).isEqualTo(id3);
            assertThat(header(m, "In-Reply-To")).isEqualTo(id2);
            assertThat(header(m, "References")).isEqualTo(id1 + " " + id2);
            assertThat(m.getSubject()).isEqualTo("Re: Compliance, faster");
        }
    }

    @Test
    void aFirstEmailKeepsItsOneEmailIdAndHasNoThreadHeaders() throws Exception {
        try (SmtpMailer mailer = mailer()) {
            SendResult result = mailer.send(first());

            assertThat(result.messageId()).isEqualTo(MessageIds.derive(CAMPAIGN, "L1", "seller.test"))
                    .isEqualTo(mailer.messageIdFor("L1").orElseThrow());
            MimeMessage m = greenMail.getReceivedMessages()[0];
            assertThat(m.getHeader("In-Reply-To")).isNull();
            assertThat(m.getHeader("References")).isNull();
        }
    }

    @Test
    void derivedIdsDifferPerStepAndAttemptAndAreStableAcrossMailers() {
        EmailStep s2 = EmailStep.followUp(2, List.of("<a@b>"));
        List<EmailDraft> drafts = List.of(first(), first().withStep(new EmailStep(1, 2, List.of())),
                first().withStep(s2), first().withStep(s2.retry()),
                first().withStep(EmailStep.followUp(3, List.of("<a@b>", "<c@d>"))));
        List<String> ids;
        List<String> again;
        try (SmtpMailer a = mailer(); SmtpMailer b = mailer()) {
            ids = drafts.stream().map(d -> a.messageIdFor(d).orElseThrow()).toList();
            again = drafts.stream().map(d -> b.messageIdFor(d).orElseThrow()).toList();
        }

        assertThat(Set.copyOf(ids)).hasSize(drafts.size());
        assertThat(again).isEqualTo(ids);
        assertThat(ids).allMatch(MessageIds::isValid);
    }

    @Test
    void anInvalidThreadIdNeverReachesAHeader() throws Exception {
        String good = MessageIds.derive(CAMPAIGN, "L1", "seller.test");
        EmailDraft hostile = first().withStep(EmailStep.followUp(2, List.of(good,
                "<x@y>\r\nBcc: victim@evil.test", "<sp ace@y>", "no-brackets@y")));
        try (SmtpMailer mailer = mailer()) {
            SendResult result = mailer.send(hostile);

            assertThat(result.isSent()).isTrue();
        }
        MimeMessage m = greenMail.getReceivedMessages()[0];
        assertThat(header(m, "In-Reply-To")).isEqualTo(good);
        assertThat(header(m, "References")).isEqualTo(good);
        assertThat(m.getHeader("Bcc")).isNull();
        assertThat(m.getAllRecipients()).hasSize(1);
    }
}
