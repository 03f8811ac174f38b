package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.campaigncrm.Campaign;
import dev.campaigncrm.mail.SmtpMailer;
import dev.campaigncrm.reply.ReplySimulator;
import dev.campaigncrm.run.CampaignResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The README's library code, as an application would write it, against an SMTP server on this machine. */
class ReadmeQuickStartTest {

    private static final Logger log = LoggerFactory.getLogger(ReadmeQuickStartTest.class);

    @Test
    void theReadmeCodeRunsACampaignEndToEnd() throws Exception {
        GreenMail smtp = new GreenMail(ServerSetup.SMTP.dynamicPort());
        smtp.start();
        try {
            int smtpPort = smtp.getSmtp().getPort();

            CampaignResult result = Campaign.builder()
                    .leads(Path.of("dataset/leads.csv"))     // also .leads(LeadSource) and .leads(List<Lead>)
                    .asOf(LocalDate.of(2026, 11, 24))        // recency is measured from here; default: today
                    .mailer(SmtpMailer.builder().host("localhost").port(smtpPort).build())  // MailHog: 1025
                    .replies(ReplySimulator.seeded(42))      // phase two; default: no reply source
                    .writeArtifacts(Path.of("."))            // the seed's files under output/ and report/
                    .concurrency(16)                         // leads in flight per stage
                    .listener(event -> log.info("{}", event))
                    .run();                                  // runAsync() returns CompletableFuture<CampaignResult>

            long leads = Files.readAllLines(Path.of("dataset/leads.csv")).size() - 1;
            assertEquals(leads, result.sentCount(), "every lead is sent");
            assertEquals(leads, smtp.getReceivedMessages().length, "the SMTP server received one email per lead");
            assertTrue(Files.isRegularFile(Path.of("report/campaign_report.md")), "the report is written");
            assertTrue(Files.isRegularFile(Path.of("output/emails_sent_status.csv")), "the send statuses are written");
        } finally {
            smtp.stop();
        }
    }
}
