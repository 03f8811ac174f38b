package dev.campaigncrm.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.lead.LeadField;
import dev.campaigncrm.lead.LeadRow;
import dev.campaigncrm.lead.LeadSourceException;
import dev.campaigncrm.lead.LeadSourceFactory;
import dev.campaigncrm.lead.RejectedRow;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvLeadSourceTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static List<LeadRow> rows(Path file) {
        try (Stream<LeadRow> rows = CsvLeadSource.of(file).rows()) {
            return rows.toList();
        }
    }

    private static Lead onlyLead(Path file) {
        List<LeadRow> rows = rows(file);
        assertThat(rows).hasSize(1).first().isInstanceOf(Lead.class);
        return (Lead) rows.get(0);
    }

    @ParameterizedTest(name = "''{0}'' is read as {1}")
    @CsvSource(delimiter = '|', value = {
            "id|ID", "Lead ID|ID", "contact_id|ID",
            "name|NAME", "Full Name|NAME", "Contact Name|NAME", "contact|NAME",
            "Company|COMPANY", "Company Name|COMPANY", "Organisation|COMPANY", "organization|COMPANY",
            "Account|COMPANY",
            "industry|INDUSTRY", "Sector|INDUSTRY", "VERTICAL|INDUSTRY",
            "job_title|JOB_TITLE", "Title|JOB_TITLE", "role|JOB_TITLE", "Job Title|JOB_TITLE",
            "Position|JOB_TITLE", "designation|JOB_TITLE",
            "company_size|COMPANY_SIZE", "Employees|COMPANY_SIZE", "Employee Count|COMPANY_SIZE",
            "size|COMPANY_SIZE", "Headcount|COMPANY_SIZE", "Company Size|COMPANY_SIZE",
            "location|LOCATION", "City|LOCATION", "country|LOCATION", "Region|LOCATION", "Address|LOCATION",
            "last_contact|LAST_CONTACT", "Last Contacted|LAST_CONTACT", "Last Contact Date|LAST_CONTACT",
            "last-activity|LAST_CONTACT", "Last Touch|LAST_CONTACT",
            "notes|NOTES", "Comments|NOTES", "note|NOTES", "Remarks|NOTES", "Description|NOTES"})
    void headerAliasesMapToTheSeedField(String header, LeadField field) throws IOException {
        Path file = write("leads.csv", "email," + header + "\nx@example.test,VALUE-42\n");
        Lead lead = onlyLead(file);
        assertThat(lead.get(field)).isEqualTo("VALUE-42");
        assertThat(lead.extra()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"email", "E-mail", "Email Address", "MAIL", "e_mail"})
    void emailAliases(String header) throws IOException {
        Path file = write("leads.csv", "name," + header + "\nAda,ada@example.test\n");
        assertThat(onlyLead(file).email()).isEqualTo("ada@example.test");
    }

    @Test
    void firstAndLastNameAreJoinedWhenThereIsNoNameColumn() throws IOException {
        Path file = write("leads.csv", "First Name,Last Name,Email\nAda,Lovelace,ada@example.test\n,Solo,s@example.test\n");
        assertThat(rows(file)).extracting(r -> ((Lead) r).name()).containsExactly("Ada Lovelace", "Solo");
        assertThat(((Lead) rows(file).get(0)).extra()).isEmpty();
    }

    @Test
    void aByteOrderMarkIsDroppedFromTheFirstHeader() throws IOException {
        Path file = write("leads.csv", "\uFEFFid,email\nA1,a@example.test\n");
        Lead lead = onlyLead(file);
        assertThat(lead.id()).isEqualTo("A1");
        assertThat(lead.extra()).isEmpty();
    }

    @Test
    void semicolonAndTabSeparatorsAreDetectedFromTheHeader() throws IOException {
        Path semi = write("semi.csv", "id;name;email;company\nA1;Weber, Jonas;j@example.test;Weber, GmbH\n");
        Lead a = onlyLead(semi);
        assertThat(a.name()).isEqualTo("Weber, Jonas");
        assertThat(a.company()).isEqualTo("Weber, GmbH");
        Path tab = write("tab.tsv", "id\tname\temail\nA1\tJonas; Weber\tj@example.test\n");
        assertThat(onlyLead(tab).name()).isEqualTo("Jonas; Weber");
    }

    @Test
    void anExplicitSeparatorOverridesDetection() throws IOException {
        Path file = write("pipe.csv", "id|email|notes\nA1|a@example.test|x, y; z\n");
        try (Stream<LeadRow> rows = CsvLeadSource.builder(file).separator('|').build().rows()) {
            assertThat(((Lead) rows.findFirst().orElseThrow()).notes()).isEqualTo("x, y; z");
        }
    }

    @Test
    void anotherCharsetCanBeSet() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.writeString(file, "name,email\nJürgen,j@example.test\n", StandardCharsets.ISO_8859_1);
        try (Stream<LeadRow> rows = CsvLeadSource.builder(file).charset(StandardCharsets.ISO_8859_1).build().rows()) {
            assertThat(((Lead) rows.findFirst().orElseThrow()).name()).isEqualTo("Jürgen");
        }
    }

    @Test
    void quotedFieldsKeepSeparatorsAndLineBreaksAndLaterRowsKeepTheirLineNumbers() throws IOException {
        Path file = write("leads.csv", "id,email,notes\n"
                + "A1,a@example.test,\"line one,\nline two\nline three\"\n"
                + "A2,b@example.test,plain\n");
        List<LeadRow> rows = rows(file);
        assertThat(((Lead) rows.get(0)).notes()).isEqualTo("line one,\nline two\nline three");
        assertThat(rows).extracting(r -> r.source().line()).containsExactly(2L, 5L);
        assertThat(rows.get(1).source().source()).isEqualTo("leads.csv");
    }

    @Test
    void blankLinesAndRowsOfOnlySeparatorsAreSkippedWithoutShiftingLineNumbers() throws IOException {
        Path file = write("leads.csv", "\nid,email\n\nA1,a@example.test\n,,\n\n   \nA2,b@example.test\n");
        List<LeadRow> rows = rows(file);
        assertThat(rows).extracting(r -> ((Lead) r).id()).containsExactly("A1", "A2");
        assertThat(rows).extracting(r -> r.source().line()).containsExactly(4L, 8L);
    }

    @Test
    void unknownColumnsAreKeptAsExtrasInSourceOrderUnderTheirHeaderText() throws IOException {
        Path file = write("leads.csv", "Lead Source,email,Owner,name,,Owner\nWebinar,a@example.test,Kim,Ada,x,Lee\n");
        Lead lead = onlyLead(file);
        assertThat(lead.extra()).containsExactly(java.util.Map.entry("Lead Source", "Webinar"),
                java.util.Map.entry("Owner", "Kim"), java.util.Map.entry("column_5", "x"),
                java.util.Map.entry("Owner_2", "Lee"));
    }

    @Test
    void aRowWithMoreFieldsThanTheHeaderIsRejectedWithItsRawText() throws IOException {
        Path file = write("leads.csv", "id,email,name\nA1,a@example.test,Ada,SURPLUS,\"x,y\"\nA2,b@example.test,Bo\n");
        List<LeadRow> rows = rows(file);
        assertThat(rows.get(0)).isInstanceOfSatisfying(RejectedRow.class, r -> {
            assertThat(r.field()).isEmpty();
            assertThat(r.reason()).isEqualTo("row has 5 fields but the header has 3");
            assertThat(r.raw()).isEqualTo("A1,a@example.test,Ada,SURPLUS,\"x,y\"");
            assertThat(r.source().line()).isEqualTo(2);
        });
        assertThat(rows.get(1)).isInstanceOf(Lead.class);
    }

    @Test
    void aRowWithFewerFieldsGetsTheMissingOnesEmptyAndAMissingIdGetsItsLine() throws IOException {
        Path file = write("leads.csv", "email,id,company,notes\na@example.test\n");
        Lead lead = onlyLead(file);
        assertThat(lead.id()).isEqualTo("line-2");
        assertThat(lead.company()).isEmpty();
        assertThat(lead.notes()).isEmpty();
    }

    @Test
    void sizesAndDatesAreParsedAndBadOnesAreWarningsNotRejections() throws IOException {
        Path file = write("leads.csv", "email,employees,last contacted\na@example.test,\"10,000\",03.11.2026\n"
                + "b@example.test,lots,someday\n");
        List<LeadRow> rows = rows(file);
        Lead a = (Lead) rows.get(0);
        assertThat(a.employees()).isEqualTo(10_000);
        assertThat(a.lastContactDate()).isEqualTo(LocalDate.of(2026, 11, 3));
        Lead b = (Lead) rows.get(1);
        assertThat(b.employees()).isNull();
        assertThat(b.warnings()).hasSize(2).anySatisfy(w -> assertThat(w).contains("not a date"));
    }

    @Test
    void theMessyFixtureGivesEveryRowWithItsLineAndRejectsOnlyTheTooLongOne() throws Exception {
        Path file = Path.of(getClass().getResource("/messy_leads.csv").toURI());
        List<LeadRow> rows = rows(file);
        assertThat(rows).extracting(r -> r.source().line())
                .containsExactly(2L, 4L, 5L, 7L, 8L, 9L, 10L, 11L, 12L, 13L);
        assertThat(rows).filteredOn(RejectedRow.class::isInstance).singleElement()
                .satisfies(r -> {
                    RejectedRow rejected = (RejectedRow) r;
                    assertThat(rejected.source().line()).isEqualTo(12);
                    assertThat(rejected.reason()).isEqualTo("row has 13 fields but the header has 11");
                    assertThat(rejected.raw()).contains("SURPLUS", "MORE");
                });
        Lead priya = (Lead) rows.get(0);
        assertThat(priya.id()).isEqualTo("A1");
        assertThat(priya.name()).isEqualTo("Priya Natarajan");
        assertThat(priya.company()).isEqualTo("MedCore Health");
        assertThat(priya.industry()).isEqualTo("Healthcare");
        assertThat(priya.jobTitle()).isEqualTo("Chief Technology Officer");
        assertThat(priya.employees()).isEqualTo(10_000);
        assertThat(priya.location()).isEqualTo("Boston, MA");
        assertThat(priya.lastContactDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(priya.notes()).isEqualTo("Requested a demo; budget approved");
        assertThat(priya.extra()).containsExactly(java.util.Map.entry("Lead Source", "Webinar"));
        Lead eve = (Lead) rows.get(2);
        assertThat(eve.name()).isEqualTo("Eve\nBcc: attacker@evil.test");
        assertThat(eve.company()).isEqualTo("=cmd|' /C calc'!A0");
        assertThat(((Lead) rows.get(3)).notes()).isEqualTo("=HYPERLINK(\"http://evil.test\",\"click\")");
        assertThat(((Lead) rows.get(7)).email()).isEqualTo("PRIYA@MedCore-Health.test");
    }

    @Test
    void aMissingFileIsAnErrorNamingTheFile() {
        Path file = dir.resolve("nope.csv");
        assertThatThrownBy(() -> CsvLeadSource.of(file).rows())
                .isInstanceOf(LeadSourceException.class).hasMessageContaining("nope.csv");
    }

    @Test
    void anEmptyFileHasNoHeader() throws IOException {
        Path file = write("empty.csv", "\n\n");
        assertThatThrownBy(() -> CsvLeadSource.of(file).rows())
                .isInstanceOf(LeadSourceException.class).hasMessageContaining("empty.csv").hasMessageContaining("header");
    }

    @Test
    void aHeaderWithoutAnEmailColumnIsAnErrorNamingTheFileAndTheHeader() throws IOException {
        Path file = write("contacts.csv", "A1,Ada,ada@example.test\n");
        assertThatThrownBy(() -> CsvLeadSource.of(file).rows())
                .isInstanceOf(LeadSourceException.class)
                .hasMessageContaining("contacts.csv").hasMessageContaining("no email column")
                .hasMessageContaining("A1 | Ada | ada@example.test");
    }

    @Test
    void rowsAreStreamedFromTheFileAsTheyAreConsumed() throws IOException {
        Path file = dir.resolve("big.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("id,email,name\n");
            for (int i = 0; i < 200_000; i++) {
                w.write("L" + i + ",person" + i + "@example.test,Person " + i + "\n");
            }
        }
        try (Stream<LeadRow> rows = CsvLeadSource.of(file).rows()) {
            Iterator<LeadRow> it = rows.iterator();
            assertThat(((Lead) it.next()).id()).isEqualTo("L0");
            assertThat(((Lead) it.next()).id()).isEqualTo("L1");
            // a row appended after reading has started is still seen: the file was not read up front
            Files.writeString(file, "LATE,late@example.test,Late Comer\n", StandardOpenOption.APPEND);
            LeadRow last = null;
            long count = 2;
            while (it.hasNext()) {
                last = it.next();
                count++;
            }
            assertThat(count).isEqualTo(200_001);
            assertThat(((Lead) last).id()).isEqualTo("LATE");
            assertThat(last.source().line()).isEqualTo(200_002);
        }
    }

    @Test
    void aMalformedLateRecordIsReachedOnlyWhenReadAndEndsTheFileAsARejectedRow() throws IOException {
        StringBuilder sb = new StringBuilder("id,email\n");
        for (int i = 0; i < 1000; i++) {
            sb.append("L").append(i).append(",p").append(i).append("@example.test\n");
        }
        sb.append("BAD,\"x@example.test\"junk\nL1001,after@example.test\n");
        Path file = write("late.csv", sb.toString());
        try (Stream<LeadRow> rows = CsvLeadSource.of(file).rows()) {
            assertThat(rows.limit(3)).allMatch(Lead.class::isInstance);
        }
        List<LeadRow> all = rows(file);
        assertThat(all).hasSize(1001);
        assertThat(all.get(1000)).isInstanceOfSatisfying(RejectedRow.class, r -> {
            assertThat(r.source().line()).isEqualTo(1002);
            assertThat(r.reason()).contains("unreadable CSV");
        });
    }

    @Test
    void theFactoryIsRegisteredAndReadsCsvTsvAndTxt() throws IOException {
        LeadSourceFactory factory = ServiceLoader.load(LeadSourceFactory.class).stream()
                .map(ServiceLoader.Provider::get).filter(CsvLeadSourceFactory.class::isInstance)
                .findFirst().orElseThrow();
        assertThat(factory.supports(Path.of("a.csv"))).isTrue();
        assertThat(factory.supports(Path.of("A.TSV"))).isTrue();
        assertThat(factory.supports(Path.of("a.txt"))).isTrue();
        assertThat(factory.supports(Path.of("a.xlsx"))).isFalse();
        Path file = write("leads.csv", "email\na@example.test\n");
        assertThat(factory.open(file).name()).isEqualTo("leads.csv");
        try (Stream<LeadRow> rows = factory.open(file).rows()) {
            assertThat(rows).hasSize(1);
        }
    }

    @Test
    void emailChecksAreLeftToTheCampaign() throws IOException, URISyntaxException {
        Path file = write("leads.csv", "email,name\n,No Address\nnot-an-email,Bad\n");
        assertThat(rows(file)).allMatch(Lead.class::isInstance).hasSize(2);
    }
}
