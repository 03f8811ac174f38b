package dev.campaigncrm.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.Campaign;
import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.lead.RejectedRow;
import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.reply.ReplySimulator;
import dev.campaigncrm.run.CampaignResult;
import dev.campaigncrm.testing.RecordingMailer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sheet served by the local fake runs through the whole campaign and gets its results tab. */
class SheetsCampaignTest {

    private static final String ID = "1CampaignSheet_abc-XYZ";

    @TempDir
    Path dir;

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    @Test
    void aSheetRunsThroughTheCampaignAndGetsItsResultsTabWithBadRowsAtTheirSheetRows() throws Exception {
        try (FakeSheetsApi fake = FakeSheetsApi.start()) {
            fake.spreadsheet(ID).tab("Leads", List.of(
                    row("id", "name", "email", "company", "industry", "job_title", "company_size", "location",
                            "last_contact", "notes"),
                    row("L1", "Ada Lovelace", "ada@example.test", "Analytical", "Software", "CTO", "250", "London",
                            "2026-11-10", "asked for pricing"),
                    row("L2", "Grace Hopper", "grace@example.test", "Compilers Inc", "Software", "VP Engineering",
                            "1,200", "Arlington", "2026-10-01", ""),
                    row("L3", "Missing Mail", "", "Nowhere", "Retail", "Buyer", "10", "Leeds", "", ""),
                    row("L4", "Alan Turing", "alan@example.test", "Bletchley", "Research", "Head of Research",
                            "5000", "Manchester", "2026-11-20", "webinar attendee"),
                    row("L5", "Bad Mail", "not-an-email", "X", "Retail", "Manager", "20", "York", "", ""),
                    row("L6", "Ada Again", "ADA@example.test", "Analytical", "Software", "CTO", "250", "London", "", ""),
                    row("L7", "Too Wide", "wide@example.test", "X", "Retail", "Manager", "20", "York", "", "", "stray"),
                    row(),
                    row("L8", "=HYPERLINK(\"http://evil.test\",\"x\")", "katherine@example.test", "NASA", "Aerospace",
                            "Director of Computing", "18000", "Hampton", "2026-11-01", "")));
            Map<String, String> env = fake.serviceAccountEnv(fake.writeKeyFile(dir, null));
            SheetsLeadSource leads = SheetsLeadSource.fromUri("sheets://" + ID + "/Leads", env);
            RecordingMailer mailer = RecordingMailer.accepting();

            CampaignResult result = Campaign.builder()
                    .leads(leads)
                    .asOf(LocalDate.of(2026, 11, 24))
                    .mailer(mailer)
                    .replies(ReplySimulator.seeded(42))
                    .run();
            WriteBack written = SheetsResultWriter.fromUri("sheets://" + ID + "/Leads", env).write(result);

            assertThat(result.outcomes().toList()).extracting(o -> o.lead().id()).containsExactly("L1", "L2", "L4", "L8");
            assertThat(result.outcomes().toList()).extracting(o -> o.lead().source().line()).containsExactly(2L, 3L, 5L, 10L);
            assertThat(mailer.sent()).extracting(EmailDraft::to).containsExactlyInAnyOrder("ada@example.test",
                    "grace@example.test", "alan@example.test", "katherine@example.test");
            assertThat(result.rejected()).extracting(r -> r.source().line()).containsExactly(4L, 6L, 7L, 8L);
            assertThat(result.rejected()).extracting(RejectedRow::message).containsExactly(
                    "sheet " + ID + "/Leads:4 [email]: missing email",
                    "sheet " + ID + "/Leads:6 [email]: malformed email 'not-an-email'",
                    "sheet " + ID + "/Leads:7 [email]: duplicate email 'ADA@example.test', first seen at sheet " + ID
                            + "/Leads:2",
                    "sheet " + ID + "/Leads:8: row has 11 fields but the header has 10");

            assertThat(written.tabCreated()).isTrue();
            assertThat(written.rows()).isEqualTo(1 + 4 + 4);
            FakeSheetsApi.Tab tab = fake.spreadsheet(ID).tabs.get(SheetsResultWriter.DEFAULT_TAB);
            assertThat(tab.cells).extracting(r -> String.valueOf(r.get(0)))
                    .containsExactly("source_row", "2", "3", "4", "5", "6", "7", "8", "10");
            assertThat(tab.cells).extracting(r -> String.valueOf(r.get(6)))
                    .containsExactly("status", "sent", "sent", "rejected", "sent", "rejected", "rejected", "rejected",
                            "sent");
            for (LeadOutcome o : result.outcomes().toList()) {
                List<Object> cells = tab.cells.stream().filter(r -> o.lead().id().equals(r.get(1))).findFirst()
                        .orElseThrow();
                assertThat(((Number) cells.get(4)).intValue()).isEqualTo(o.analysis().priorityScore());
                assertThat(cells.get(5)).isEqualTo(o.analysis().persona().label());
                assertThat(cells.get(7)).isEqualTo(o.classification().category().label());
                assertThat(cells.get(8)).isEqualTo(o.classification().rationale());
            }
            assertThat(tab.cells.get(8).get(3)).isEqualTo("=HYPERLINK(\"http://evil.test\",\"x\")");
            assertThat(tab.formulas).isEmpty();
            assertThat(fake.requests()).filteredOn(r -> r.path().endsWith("/values:batchUpdate")).hasSize(1);
        }
    }
}
