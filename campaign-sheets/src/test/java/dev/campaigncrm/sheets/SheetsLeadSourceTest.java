package dev.campaigncrm.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.lead.LeadRow;
import dev.campaigncrm.lead.LeadSourceException;
import dev.campaigncrm.lead.RejectedRow;
import dev.campaigncrm.testing.MovableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class SheetsLeadSourceTest {

    private static final String ID = "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-xyz";

    @TempDir
    Path dir;

    @RegisterExtension
    final FakeSheetsApi fake = FakeSheetsApi.start();

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    /** A tab as people keep them: a title row left blank, header aliases, a blank row, a cell right of the header. */
    private void messyTab() {
        fake.spreadsheet(ID).tab("Q4 leads", List.of(
                row(),
                row("Lead ID", "Full Name", "E-mail Address", "Company Name", "Title", "Employees", "City", "Source"),
                row("L1", "Ada Lovelace", "ada@example.test", "Analytical Ltd", "CTO", "1,200", "London", "webinar"),
                row("", "", "", "", "", "", "", ""),
                row("L2", "Grace Hopper", "grace@example.test", "Navy", "Rear Admiral", 50000, "Arlington"),
                row("L3", "Too Wide", "wide@example.test", "X", "Y", "10", "Z", "w", "stray note"),
                row("", "No Id", "noid@example.test")));
    }

    private SheetsLeadSource source(Map<String, String> env) {
        return SheetsLeadSource.fromUri("sheets://" + ID + "/Q4%20leads", env);
    }

    private static List<LeadRow> read(SheetsLeadSource source) {
        try (Stream<LeadRow> rows = source.rows()) {
            return rows.toList();
        }
    }

    @Test
    void readsHeaderAliasesExtrasAndSheetRowNumbersLikeTheCsvSource() throws Exception {
        messyTab();

        List<LeadRow> rows = read(source(fake.serviceAccountEnv(fake.writeKeyFile(dir, null))));

        assertThat(rows).hasSize(4);
        Lead ada = (Lead) rows.get(0);
        assertThat(ada.id()).isEqualTo("L1");
        assertThat(ada.name()).isEqualTo("Ada Lovelace");
        assertThat(ada.email()).isEqualTo("ada@example.test");
        assertThat(ada.company()).isEqualTo("Analytical Ltd");
        assertThat(ada.jobTitle()).isEqualTo("CTO");
        assertThat(ada.employees()).isEqualTo(1200);
        assertThat(ada.extra()).containsEntry("Source", "webinar");
        assertThat(ada.source().source()).isEqualTo("sheet " + ID + "/Q4 leads");
        assertThat(ada.source().line()).isEqualTo(3);
        Lead grace = (Lead) rows.get(1);
        assertThat(grace.source().line()).isEqualTo(5);
        assertThat(grace.companySize()).isEqualTo("50000");
        RejectedRow wide = (RejectedRow) rows.get(2);
        assertThat(wide.source().line()).isEqualTo(6);
        assertThat(wide.reason()).isEqualTo("row has 9 fields but the header has 8");
        assertThat(wide.raw()).startsWith("L3,Too Wide,wide@example.test");
        Lead noId = (Lead) rows.get(3);
        assertThat(noId.id()).isEqualTo("line-7");
    }

    @Test
    void serviceAccountSignsAJwtForTheKeyFilesTokenUriOnceAndReusesTheToken() throws Exception {
        messyTab();
        SheetsLeadSource source = source(fake.serviceAccountEnv(fake.writeKeyFile(dir, null)));

        read(source);
        read(source);

        assertThat(fake.tokenExchanges()).isEqualTo(1);
        assertThat(fake.requests()).filteredOn(r -> r.path().equals(FakeSheetsApi.TOKEN_PATH)).hasSize(1);
        FakeSheetsApi.Request get = fake.requests().get(fake.requests().size() - 1);
        assertThat(get.method()).isEqualTo("GET");
        assertThat(get.path()).isEqualTo("/v4/spreadsheets/" + ID + "/values/'Q4 leads'");
        assertThat(get.query()).contains("valueRenderOption=FORMATTED_VALUE").contains("majorDimension=ROWS");
        assertThat(get.authorization()).isEqualTo("Bearer ya29.fake-1");
        assertThat(source.describe()).contains(FakeSheetsApi.CLIENT_EMAIL).doesNotContain("PRIVATE KEY");
    }

    @Test
    void aTokenIsRenewedAMinuteBeforeItExpires() throws Exception {
        messyTab();
        Instant now = Instant.now();
        MovableClock clock = new MovableClock(now.minusSeconds(3545));
        SheetsConnection connection = SheetsConnection.builder()
                .auth(SheetsAuth.serviceAccount(fake.writeKeyFile(dir, null)))
                .baseUrl(fake.baseUrl()).clock(clock).build();
        SheetsLeadSource source = SheetsLeadSource.builder(new SheetRef(ID, "Q4 leads"), connection).build();

        read(source);
        clock.set(now.minusSeconds(3545 - 3530));
        read(source);
        assertThat(fake.tokenExchanges()).isEqualTo(1);
        clock.set(now);
        read(source);

        assertThat(fake.tokenExchanges()).isEqualTo(2);
        assertThat(fake.requests().get(fake.requests().size() - 1).authorization()).isEqualTo("Bearer ya29.fake-2");
    }

    @Test
    void apiKeyGoesInAHeaderAndNeverIntoUrlsOrDescriptions() {
        messyTab();
        SheetsLeadSource source = source(fake.apiKeyEnv());

        assertThat(read(source)).hasSize(4);

        assertThat(fake.requests()).allSatisfy(r -> {
            assertThat(r.apiKey()).isEqualTo(FakeSheetsApi.API_KEY);
            assertThat(r.query()).doesNotContain(FakeSheetsApi.API_KEY);
            assertThat(r.authorization()).isNull();
        });
        assertThat(source.describe()).contains("API key").doesNotContain(FakeSheetsApi.API_KEY);
        assertThat(source.toString()).doesNotContain(FakeSheetsApi.API_KEY);
    }

    @Test
    void aSheetNotSharedWithTheKeySaysHowToShareIt() {
        messyTab();
        fake.spreadsheet(ID).linkShared = false;

        assertThatThrownBy(() -> read(source(fake.apiKeyEnv())))
                .isInstanceOf(LeadSourceException.class)
                .hasMessageContaining("403 PERMISSION_DENIED: The caller does not have permission")
                .hasMessageContaining("anyone with the link")
                .message().doesNotContain(FakeSheetsApi.API_KEY);
    }

    @Test
    void aSheetNotSharedWithTheAccountNamesTheAccountToShareWith() throws Exception {
        messyTab();
        fake.spreadsheet(ID).sharedWithAccount = false;

        assertThatThrownBy(() -> read(source(fake.serviceAccountEnv(fake.writeKeyFile(dir, null)))))
                .isInstanceOf(LeadSourceException.class)
                .hasMessageContaining("share the spreadsheet with " + FakeSheetsApi.CLIENT_EMAIL);
    }

    @Test
    void aKeyTheTokenEndpointDoesNotKnowIsRefusedWithItsReason() throws Exception {
        messyTab();
        Path keyFile = fake.writeKeyFile(dir, FakeSheetsApi.strangerKey());

        assertThatThrownBy(() -> read(source(fake.serviceAccountEnv(keyFile))))
                .isInstanceOf(LeadSourceException.class)
                .hasMessageContaining("invalid_grant")
                .hasMessageContaining("Invalid JWT Signature.")
                .message().doesNotContain("PRIVATE KEY").doesNotContain("ya29");
    }

    @Test
    void unknownTabAndUnknownSpreadsheetSayWhatToCheck() {
        messyTab();

        assertThatThrownBy(() -> read(SheetsLeadSource.fromUri("sheets://" + ID + "/q4 leads", fake.apiKeyEnv())))
                .isInstanceOf(LeadSourceException.class)
                .hasMessageContaining("400 INVALID_ARGUMENT: Unable to parse range: 'q4 leads'")
                .hasMessageContaining("no tab named 'q4 leads'");
        assertThatThrownBy(() -> read(SheetsLeadSource.fromUri("sheets://NoSuchSheet/Leads", fake.apiKeyEnv())))
                .isInstanceOf(LeadSourceException.class)
                .hasMessageContaining("404 NOT_FOUND: Requested entity was not found.")
                .hasMessageContaining("no spreadsheet with id NoSuchSheet");
    }

    @Test
    void anEmptyTabOrOneWithoutAnEmailColumnIsRefusedAsAWhole() {
        fake.spreadsheet(ID).tab("Empty", List.of(row(), row("")));
        fake.spreadsheet(ID).tab("NoEmail", List.of(row("name", "company"), row("Ada", "X")));

        assertThatThrownBy(() -> read(SheetsLeadSource.fromUri("sheets://" + ID + "/Empty", fake.apiKeyEnv())))
                .isInstanceOf(LeadSourceException.class).hasMessageContaining("is empty");
        assertThatThrownBy(() -> read(SheetsLeadSource.fromUri("sheets://" + ID + "/NoEmail", fake.apiKeyEnv())))
                .isInstanceOf(LeadSourceException.class)
                .hasMessageContaining("sheet " + ID + "/NoEmail has no email column");
    }

    @Test
    void aPassing503IsTriedAgain() {
        messyTab();
        fake.failOnceWith503("/values/");
        SheetsConnection connection = SheetsConnection.builder().auth(SheetsAuth.apiKey(FakeSheetsApi.API_KEY))
                .baseUrl(fake.baseUrl()).retries(2, Duration.ofMillis(1)).build();

        List<LeadRow> rows = read(SheetsLeadSource.builder(new SheetRef(ID, "Q4 leads"), connection).build());

        assertThat(rows).hasSize(4);
        assertThat(fake.requests()).hasSize(2);
    }

    @Test
    void missingOrBrokenCredentialsAreNamedWithoutShowingTheirContent() throws Exception {
        assertThatThrownBy(() -> source(Map.of()))
                .isInstanceOf(LeadSourceException.class)
                .hasMessageContaining("GOOGLE_APPLICATION_CREDENTIALS").hasMessageContaining("SHEETS_API_KEY");

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"type\":\"service_account\",\"private_key\":\"-----BEGIN PRIVATE KEY-----\\nMIIsecret"
                + "\", \"client_email\": oops}");
        assertThatThrownBy(() -> source(Map.of(SheetsAuth.GOOGLE_APPLICATION_CREDENTIALS, broken.toString())))
                .isInstanceOf(LeadSourceException.class)
                .hasMessageContaining(broken.toString()).hasMessageContaining("not valid JSON")
                .message().doesNotContain("MIIsecret");

        Path user = dir.resolve("user.json");
        Files.writeString(user, "{\"type\":\"authorized_user\",\"refresh_token\":\"1//secret-refresh\"}");
        assertThatThrownBy(() -> source(Map.of(SheetsAuth.GOOGLE_APPLICATION_CREDENTIALS, user.toString())))
                .isInstanceOf(LeadSourceException.class)
                .hasMessageContaining("not a service-account key")
                .message().doesNotContain("secret-refresh");

        Path badKey = dir.resolve("bad-key.json");
        Files.writeString(badKey, "{\"type\":\"service_account\",\"client_email\":\"a@b.test\","
                + "\"private_key\":\"-----BEGIN PRIVATE KEY-----\\nMIIsecretbutbroken\\n-----END PRIVATE KEY-----\\n\"}");
        assertThatThrownBy(() -> source(Map.of(SheetsAuth.GOOGLE_APPLICATION_CREDENTIALS, badKey.toString())))
                .isInstanceOf(LeadSourceException.class)
                .hasMessageContaining("not a PKCS#8 RSA key")
                .message().doesNotContain("MIIsecret");
    }

    @Test
    void sheetAddressesAreParsedAndMalformedOnesExplained() {
        assertThat(SheetRef.parse("sheets://" + ID + "/Q4%20leads")).isEqualTo(new SheetRef(ID, "Q4 leads"));
        assertThat(SheetRef.parse("sheets://abc/a+b%2Fc")).isEqualTo(new SheetRef("abc", "a+b/c"));
        assertThat(new SheetRef("abc", "Bob's leads/2026").toUri()).isEqualTo("sheets://abc/Bob%27s%20leads%2F2026");
        assertThat(SheetRef.parse(new SheetRef("abc", "Bob's leads/2026").toUri()).tab()).isEqualTo("Bob's leads/2026");
        assertThat(SheetRef.isSheetUri("SHEETS://x/y")).isTrue();
        assertThat(SheetRef.isSheetUri("leads.csv")).isFalse();
        assertThatThrownBy(() -> SheetRef.parse("sheets://" + ID)).hasMessageContaining("SPREADSHEET_ID/TAB");
        assertThatThrownBy(() -> SheetRef.parse("sheets://bad id/x")).hasMessageContaining("spreadsheet id");
        assertThatThrownBy(() -> SheetsLeadSource.fromUri("leads.csv", fake.apiKeyEnv()))
                .isInstanceOf(LeadSourceException.class).hasMessageContaining("Not a sheet address");
        assertThatThrownBy(() -> SheetsLeadSource.fromUri("sheets://x/y",
                Map.of(SheetsAuth.SHEETS_API_KEY, "k", SheetsConnection.SHEETS_BASE_URL, "localhost:8080")))
                .isInstanceOf(LeadSourceException.class).hasMessageContaining("SHEETS_BASE_URL must be an http(s) URL");
    }
}
