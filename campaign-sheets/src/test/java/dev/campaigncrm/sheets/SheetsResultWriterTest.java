package dev.campaigncrm.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.campaigncrm.analysis.RuleLeadAnalyzer;
import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.lead.RejectedRow;
import dev.campaigncrm.lead.SourceRef;
import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.reply.ReplyCategory;
import dev.campaigncrm.reply.ReplyClassification;
import dev.campaigncrm.send.SendResult;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class SheetsResultWriterTest {

    private static final String ID = "1ResultsSheet";
    private static final SourceRef FROM = new SourceRef("sheet " + ID + "/Leads", 2);

    @TempDir
    Path dir;

    @RegisterExtension
    final FakeSheetsApi fake = FakeSheetsApi.start();

    @BeforeEach
    void leadsTab() {
        fake.spreadsheet(ID).tab("Leads", List.of(List.of("email")));
    }

    private SheetsResultWriter writer() throws Exception {
        return SheetsResultWriter.fromUri("sheets://" + ID + "/Leads", fake.serviceAccountEnv(fake.writeKeyFile(dir,
                null)));
    }

    private static LeadOutcome outcome(int i, String name, String email) {
        Lead lead = Lead.builder().id("L" + i).name(name).email(email).jobTitle("VP Sales").company("Acme")
                .source(new SourceRef(FROM.source(), i + 2)).build();
        return LeadOutcome.of(i, lead)
                .withAnalysis(RuleLeadAnalyzer.defaults().analyze(lead, LocalDate.of(2026, 11, 24)))
                .withSend(SendResult.sent("L" + i, email, Instant.parse("2026-11-24T10:00:00Z"), "<m" + i + "@x>"))
                .withReply(null, new ReplyClassification(ReplyCategory.INTERESTED, 0.9, "=asks for a call",
                        Provenance.of("test")));
    }

    private List<FakeSheetsApi.Request> writes() {
        return fake.requests().stream().filter(r -> r.path().endsWith("/values:batchUpdate")).toList();
    }

    @Test
    void addsTheMissingTabAndWritesEveryRowInOneRawRequest() throws Exception {
        List<LeadOutcome> outcomes = List.of(outcome(0, "Ada", "ada@example.test"),
                outcome(2, "=HYPERLINK(\"http://evil.test\",\"click\")", "bob@example.test"));
        List<RejectedRow> rejected = List.of(new RejectedRow(new SourceRef(FROM.source(), 3), "email",
                "missing email", ",,"));

        WriteBack done = writer().write(outcomes, rejected);

        assertThat(done.tabCreated()).isTrue();
        assertThat(done.rows()).isEqualTo(4);
        assertThat(done.sheet()).isEqualTo(new SheetRef(ID, "campaign_results"));
        assertThat(writes()).hasSize(1);
        assertThat(writes().get(0).body()).contains("\"valueInputOption\":\"RAW\"")
                .contains("\"range\":\"'campaign_results'!A1\"");
        assertThat(fake.requests()).filteredOn(r -> r.path().endsWith(":batchUpdate") && !r.path().contains("values"))
                .singleElement().satisfies(r -> assertThat(r.body()).contains("\"addSheet\"")
                        .contains("\"title\":\"campaign_results\""));
        FakeSheetsApi.Tab tab = fake.spreadsheet(ID).tabs.get("campaign_results");
        assertThat(tab.cells.get(0)).containsExactlyElementsOf(SheetsResultWriter.HEADER);
        assertThat(tab.cells).extracting(r -> String.valueOf(r.get(0))).containsExactly("source_row", "2", "3", "4");
        List<Object> ada = tab.cells.get(1);
        assertThat(ada.subList(1, 4)).containsExactly("L0", "ada@example.test", "Ada");
        assertThat(ada.get(4)).isInstanceOf(Number.class);
        assertThat(ada.subList(6, 9)).containsExactly("sent", "interested", "=asks for a call");
        assertThat(tab.cells.get(2)).containsExactly(3, "", "", "", "", "", "rejected", "", "", "email: missing email");
        assertThat(tab.cells.get(3).get(3)).isEqualTo("=HYPERLINK(\"http://evil.test\",\"click\")");
        assertThat(tab.formulas).isEmpty();
        assertThat(tab.frozenRows).isEqualTo(1);
    }

    @Test
    void anExistingTabIsEmptiedGrownAndRewrittenWithoutAddingAnother() throws Exception {
        FakeSheetsApi.Tab old = fake.spreadsheet(ID).tab("campaign_results",
                new ArrayList<>(List.of(Arrays.asList((Object) "stale"), Arrays.asList((Object) "rows"),
                        Arrays.asList((Object) "a"), Arrays.asList((Object) "b"), Arrays.asList((Object) "c"))));
        old.rowCount = 3;
        old.columnCount = 4;
        List<LeadOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            outcomes.add(outcome(i, "Lead " + i, "l" + i + "@example.test"));
        }

        WriteBack done = writer().write(outcomes, List.of());

        assertThat(done.tabCreated()).isFalse();
        assertThat(fake.spreadsheet(ID).tabs).hasSize(2);
        assertThat(old.rowCount).isEqualTo(6);
        assertThat(old.columnCount).isEqualTo(SheetsResultWriter.HEADER.size());
        assertThat(old.cells).hasSize(6);
        assertThat(old.cells).extracting(r -> r.get(1)).containsExactly("id", "L0", "L1", "L2", "L3", "L4");
        assertThat(fake.requests()).filteredOn(r -> r.path().endsWith(":clear")).hasSize(1);
        assertThat(writes()).hasSize(1);
    }

    @Test
    void leadsReadFromAFileShowTheirFileAndLineNotASheetRow() throws Exception {
        Lead lead = Lead.builder().id("C1").email("c@example.test").source(new SourceRef("analyzed_leads.csv", 4))
                .build();

        writer().write(List.of(LeadOutcome.of(0, lead)), List.of());

        List<Object> row = fake.spreadsheet(ID).tabs.get("campaign_results").cells.get(1);
        assertThat(row.subList(0, 3)).containsExactly("analyzed_leads.csv:4", "C1", "c@example.test");
        assertThat(row.get(6)).isEqualTo("not sent");
    }

    @Test
    void resultsNeverOverwriteALeadsTabOfTheSameName() throws Exception {
        Map<String, String> env = fake.serviceAccountEnv(fake.writeKeyFile(dir, null));

        assertThatThrownBy(() -> SheetsResultWriter.fromUri("sheets://" + ID + "/campaign_results", env))
                .isInstanceOf(SheetsException.class).hasMessageContaining("would overwrite");
    }

    @Test
    void anApiKeyCannotWriteAndSaysWhatToUseInstead() {
        assertThatThrownBy(() -> SheetsResultWriter.fromUri("sheets://" + ID + "/Leads", fake.apiKeyEnv()))
                .isInstanceOf(SheetsException.class)
                .hasMessageContaining("needs a service account")
                .message().doesNotContain(FakeSheetsApi.API_KEY);
    }

    @Test
    void aSheetTheAccountMayOnlyViewNamesTheAccountToMakeEditor() throws Exception {
        fake.spreadsheet(ID).sharedWithAccount = false;

        assertThatThrownBy(() -> writer().write(List.of(outcome(0, "Ada", "ada@example.test")), List.of()))
                .isInstanceOf(SheetsException.class)
                .hasMessageContaining("403 PERMISSION_DENIED")
                .hasMessageContaining("share the spreadsheet with " + FakeSheetsApi.CLIENT_EMAIL + " as an Editor")
                .satisfies(e -> assertThat(((SheetsException) e).httpStatus()).isEqualTo(403));
    }
}
