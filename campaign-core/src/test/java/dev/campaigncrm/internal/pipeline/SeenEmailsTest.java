package dev.campaigncrm.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.lead.RejectedRow;
import dev.campaigncrm.lead.SourceRef;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SeenEmailsTest {

    @Test
    void everyRepeatIsFoundWithWhereItWasFirstSeenAcrossTheTablesGrowth() {
        try (SeenEmails seen = new SeenEmails()) {
            int n = 100_000; // the table starts at 32,768 slots: it doubles three times
            for (int i = 0; i < n; i++) {
                assertThat(seen.firstSeen("lead" + i + "@example.com", "leads.csv:" + (i + 2))).isEmpty();
            }
            for (int i = 0; i < n; i += 997) {
                assertThat(seen.firstSeen("lead" + i + "@example.com", "leads.csv:999999"))
                        .contains("leads.csv:" + (i + 2));
            }
            assertThat(seen.firstSeen("lead" + n + "@example.com", "x")).isEmpty();
        }
    }

    @Test
    void closingDeletesTheFiles() {
        SeenEmails seen = new SeenEmails();
        seen.firstSeen("a@example.com", "here");
        Path dir = seen.directory();
        seen.close();
        assertThat(dir).doesNotExist();
    }

    @Test
    void theValidatorRejectsARepeatedAddressWhateverItsCaseNamingTheFirstLine() {
        try (LeadValidator validator = new LeadValidator()) {
            Lead first = Lead.builder().id("1").email("Ana@Example.com").source(new SourceRef("leads.csv", 2)).build();
            Lead again = Lead.builder().id("2").email("ana@example.COM").source(new SourceRef("leads.csv", 9)).build();

            assertThat(validator.check(first)).isEmpty();
            Optional<RejectedRow> rejected = validator.check(again);

            assertThat(rejected).map(RejectedRow::reason)
                    .contains("duplicate email 'ana@example.COM', first seen at leads.csv:2");
        }
    }
}
