package dev.campaigncrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.campaigncrm.Campaign;
import dev.campaigncrm.lead.RejectedRow;
import dev.campaigncrm.mail.SmtpMailer;
import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.reply.ReplySimulator;
import dev.campaigncrm.run.CampaignResult;
import dev.campaigncrm.send.Mailer;
import jakarta.mail.Address;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole campaign on a messy file, against a real SMTP server, asserting on what the server received. */
class MessyCampaignEndToEndTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    private static final List<String> GOOD = List.of("priya@medcore-health.test", "jonas.weber@example.com",
            "eve@example.org", "tom@okafor-bakery.test", "mia.chen@example.net", "lena.fischer@example.com");

    private GreenMail smtp;

    @BeforeEach
    void startServer() {
        smtp = new GreenMail(ServerSetup.SMTP.dynamicPort());
        smtp.start();
    }

    @AfterEach
    void stopServer() {
        smtp.stop();
    }

    private CampaignResult run(Path workdir) throws URISyntaxException {
        Path leads = Path.of(getClass().getResource("/messy_leads.csv").toURI());
        try (Mailer mailer = SmtpMailer.fromEnvironment(Map.of("SMTP_HOST", "127.0.0.1",
                "SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()), "SMTP_FROM", "Alex <alex@seller.test>"))) {
            return Campaign.builder()
                    .leads(leads)
                    .asOf(AS_OF)
                    .seed(7)
                    .mailer(mailer)
                    .replies(ReplySimulator.seeded(7))
                    .writeArtifacts(workdir)
                    .concurrency(4)
                    .run();
        }
    }

    @Test
    void everyGoodLeadIsMailedExactlyOnceAndEveryBadRowIsKeptWithItsReason(@TempDir Path dir) throws Exception {
        CampaignResult result = run(dir);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(GOOD.size());
        Map<String, MimeMessage> byRecipient = Arrays.stream(received)
                .collect(Collectors.toMap(m -> only(recipients(m)), Function.identity()));
        assertThat(byRecipient.keySet()).containsExactlyInAnyOrderElementsOf(GOOD);
        for (LeadOutcome o : result.outcomes().toList()) {
            MimeMessage m = byRecipient.get(o.lead().email());
            assertThat(m.getMessageID()).isEqualTo(o.send().messageId());
            assertThat(m.getSubject()).isEqualTo(o.draft().subject());
            assertThat(m.getHeader("Bcc")).isNull();
            assertThat(String.join(" ", Arrays.stream(m.getFrom()).map(Address::toString).toList()))
                    .contains("alex@seller.test");
            String body = ((String) m.getContent());
            assertThat(body).doesNotContain("evil.test").doesNotContainIgnoringCase("ignore previous");
        }
        assertThat(Arrays.stream(received).map(MessyCampaignEndToEndTest::allHeaderText))
                .noneMatch(h -> h.contains("attacker@evil.test"));

        assertThat(result.rejected()).extracting(r -> r.source().line(), RejectedRow::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(9L, "email"),
                        org.assertj.core.groups.Tuple.tuple(10L, "email"),
                        org.assertj.core.groups.Tuple.tuple(11L, "email"),
                        org.assertj.core.groups.Tuple.tuple(12L, ""));
        List<NamedCsvRecord> rejected = read(dir.resolve("output/rejected_leads.csv"));
        assertThat(rejected).extracting(r -> r.getField("line")).containsExactly("9", "10", "11", "12");
        assertThat(rejected.get(2).getField("reason")).contains("duplicate").contains("messy_leads.csv:2");
        assertThat(rejected.get(3).getField("raw")).contains("SURPLUS");
    }

    @Test
    void everyArtifactHasItsColumnsAndOneRowPerLeadWithFormulasNeutralised(@TempDir Path dir) throws Exception {
        CampaignResult result = run(dir);

        List<NamedCsvRecord> analyzed = read(dir.resolve("output/analyzed_leads.csv"));
        assertThat(analyzed.get(0).getHeader()).contains("id", "name", "email", "company", "industry", "job_title",
                "company_size", "location", "last_contact", "notes", "Lead Source", "priority_score", "persona",
                "score_engagement", "score_recency", "score_seniority", "score_company_size", "enriched_fields");
        assertThat(analyzed).extracting(r -> r.getField("email")).containsExactlyElementsOf(GOOD);
        NamedCsvRecord priya = analyzed.get(0);
        assertThat(Integer.parseInt(priya.getField("priority_score"))).isEqualTo(
                Integer.parseInt(priya.getField("score_engagement")) + Integer.parseInt(priya.getField("score_recency"))
                        + Integer.parseInt(priya.getField("score_seniority"))
                        + Integer.parseInt(priya.getField("score_company_size")));
        assertThat(priya.getField("score_company_size")).isEqualTo("20");
        assertThat(priya.getField("score_recency")).isEqualTo("25");
        NamedCsvRecord eve = analyzed.get(2);
        assertThat(eve.getField("company")).startsWith("'=");
        assertThat(analyzed.get(3).getField("notes")).startsWith("'=HYPERLINK");
        assertThat(analyzed.get(3).getField("enriched_fields")).contains("industry=");
        assertThat(analyzed.get(4).getField("warnings")).contains("not a date");

        assertThat(read(dir.resolve("output/emails_generated.csv"))).hasSize(GOOD.size())
                .allSatisfy(r -> assertThat(r.getField("subject")).isNotBlank());
        assertThat(read(dir.resolve("output/emails_sent_status.csv")))
                .extracting(r -> r.getField("status")).containsOnly("sent").hasSize(GOOD.size());
        List<NamedCsvRecord> replies = read(dir.resolve("output/emails_with_replies.csv"));
        assertThat(replies).hasSize(GOOD.size());
        assertThat(replies).filteredOn(r -> !r.getField("reply").isEmpty())
                .allSatisfy(r -> assertThat(r.getField("reply_source")).isEqualTo("simulated"));
        List<NamedCsvRecord> fin = read(dir.resolve("output/final.csv"));
        assertThat(fin).hasSize(GOOD.size()).allSatisfy(r -> assertThat(r.getField("response_category"))
                .isIn("interested", "not_interested", "needs_follow_up", "unclear", "skip"));
        assertThat(Files.readString(dir.resolve("report/final.csv")))
                .isEqualTo(Files.readString(dir.resolve("output/final.csv")));
        String report = Files.readString(dir.resolve("report/campaign_report.md"));
        assertThat(report).contains("## Executive Summary", "## Conclusion").containsIgnoringCase("simulated");
        assertThat(result.report().markdown()).isEqualTo(report);
        assertThat(Files.readString(dir.resolve("report/campaign_report.html"))).isEqualTo(result.report().html())
                .contains("<h2>Executive Summary</h2>").doesNotContainIgnoringCase("<script");
    }

    @Test
    void twoRunsWithTheSameDateAndSeedWriteIdenticalAnalysisAndEmails(@TempDir Path dir) throws Exception {
        Path first = Files.createDirectories(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));
        run(first);
        run(second);

        for (String file : List.of("output/analyzed_leads.csv", "output/emails_generated.csv")) {
            assertThat(Files.readString(second.resolve(file))).as(file)
                    .isEqualTo(Files.readString(first.resolve(file)));
        }
        assertThat(smtp.getReceivedMessages()).hasSize(2 * GOOD.size());
    }

    private static List<NamedCsvRecord> read(Path file) throws IOException {
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file)) {
            return reader.stream().toList();
        }
    }

    private static List<String> recipients(MimeMessage m) {
        try {
            return Arrays.stream(m.getAllRecipients()).map(a -> ((InternetAddress) a).getAddress()).toList();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String only(List<String> list) {
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    private static String allHeaderText(MimeMessage m) {
        try {
            return String.join("\n", java.util.Collections.list(m.getAllHeaderLines()));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
