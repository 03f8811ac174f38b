package dev.campaigncrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.campaigncrm.sheets.FakeSheetsApi;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example with {@code --leads sheets://ID/TAB} and {@code --sheets-write-back}: the sample leads served by a local
 * fake of the Sheets API run through the campaign, and the results go back to the spreadsheet's results tab.
 */
class ExampleSheetsTest {

    private static final Path SAMPLE = Path.of("..", "dataset", "leads.csv");
    private static final String ID = "1ExampleSheet_xyz";

    private record Run(int code, String out, String err) {
    }

    private static Run run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CampaignApp.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theSampleLeadsInASheetRunThroughTheCampaignAndTheirResultsGoBackToTheSpreadsheet(@TempDir Path dir)
            throws Exception {
        GreenMail smtp = new GreenMail(ServerSetup.SMTP.dynamicPort());
        smtp.start();
        try (FakeSheetsApi sheets = FakeSheetsApi.start()) {
            List<List<Object>> rows = new ArrayList<>();
            try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(SAMPLE)) {
                csv.forEach(rec -> rows.add(new ArrayList<>(rec.getFields())));
            }
            sheets.spreadsheet(ID).tab("Leads", rows);
            Map<String, String> env = new HashMap<>(sheets.serviceAccountEnv(sheets.writeKeyFile(dir, null)));

            Run r = run(env, "--leads", "sheets://" + ID + "/Leads", "--sheets-write-back", "--workdir",
                    dir.toString(), "--as-of", "2026-11-24", "--smtp", "127.0.0.1:" + smtp.getSmtp().getPort());

            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("on sheets://" + ID + "/Leads", "Results written to ", "(tab created)");
            long leads = rows.size() - 1;
            assertThat(smtp.getReceivedMessages()).hasSize((int) leads);
            List<List<Object>> results = sheets.spreadsheet(ID).tabs.get("campaign_results").cells;
            assertThat(results).hasSize((int) leads + 1);
            assertThat(results.get(0)).contains("id", "email", "score", "persona", "status", "reply_class");
            assertThat(results.get(1).get(1)).isEqualTo("L001");
            assertThat(results.get(1).get(0)).hasToString("2"); // the sheet row the lead came from
        } finally {
            smtp.stop();
        }
    }

    @Test
    void writeBackWithoutASheetAndAMalformedSheetAddressAreUsageErrors() {
        Run noSheet = run(Map.of(), "--sheets-write-back");
        assertThat(noSheet.code()).isEqualTo(2);
        assertThat(noSheet.err()).contains("--sheets-write-back needs --leads sheets://");

        Run noTab = run(Map.of(), "--leads", "sheets://only-an-id");
        assertThat(noTab.code()).isEqualTo(2);
        assertThat(noTab.err()).contains("--leads", "sheets://SPREADSHEET_ID/TAB");
    }

    @Test
    void aSheetWithoutCredentialsIsOneClearErrorBeforeAnythingIsSent(@TempDir Path dir) {
        Run r = run(Map.of(), "--leads", "sheets://" + ID + "/Leads", "--workdir", dir.toString(), "--smtp",
                "127.0.0.1:1");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("GOOGLE_APPLICATION_CREDENTIALS", "SHEETS_API_KEY");
    }
}
