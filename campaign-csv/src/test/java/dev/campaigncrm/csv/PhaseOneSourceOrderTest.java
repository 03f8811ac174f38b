package dev.campaigncrm.csv;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.campaigncrm.Campaign;
import dev.campaigncrm.run.CampaignEvent;
import dev.campaigncrm.run.CampaignResult;
import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.outcome.Stage;
import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.send.Mailer;
import dev.campaigncrm.send.SendResult;
import dev.campaigncrm.testing.SampleLeads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Phase one on the sample file, with a mailer that makes leads finish out of order: the files are rewritten in source
 * order from the outcomes kept on disk, and the outcomes read back are the ones the run computed.
 */
class PhaseOneSourceOrderTest {

    @Test
    void leadsFinishingOutOfOrderAreWrittenInSourceOrderAndComeBackAsComputed(@TempDir Path dir) throws IOException {
        List<String> finished = new CopyOnWriteArrayList<>();
        Map<Integer, LeadOutcome> computed = new ConcurrentHashMap<>();
        Mailer unevenMailer = new Mailer() {
            @Override
            public SendResult send(EmailDraft draft) {
                try {
                    Thread.sleep(Math.floorMod(draft.leadId().hashCode(), 4) * 15L);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                finished.add(draft.leadId());
                return SendResult.sent(draft.leadId(), draft.to(), Instant.now(), "<" + draft.leadId() + "@test>");
            }

            @Override
            public String describe() {
                return "uneven test mailer";
            }
        };

        try (CampaignResult result = Campaign.builder().leads(SampleLeads.file()).asOf(LocalDate.of(2026, 11, 24))
                .seed(42).mailer(unevenMailer).concurrency(8).writeArtifacts(dir)
                .listener(e -> {
                    if (e instanceof CampaignEvent.StageDone d && d.stage() == Stage.SEND) {
                        computed.put(d.outcome().index(), d.outcome());
                    }
                })
                .build().runPhaseOne()) {
            List<LeadOutcome> outcomes = result.outcomes().toList();
            List<String> sourceOrder = outcomes.stream().map(o -> o.lead().id()).toList();

            assertThat(finished).containsExactlyInAnyOrderElementsOf(sourceOrder).isNotEqualTo(sourceOrder);
            assertThat(outcomes).extracting(o -> o.lead().source().line()).isSorted().doesNotHaveDuplicates();
            assertThat(outcomes).isEqualTo(computed.values().stream()
                    .sorted(Comparator.comparingInt(LeadOutcome::index)).toList());
            assertThat(result.sentCount()).isEqualTo(finished.size());
            assertThat(outcomes.size() + result.rejected().size())
                    .isEqualTo(Files.readAllLines(SampleLeads.file()).stream().skip(1).filter(l -> !l.isBlank())
                            .count());
            for (String file : List.of("analyzed_leads.csv", "emails_generated.csv", "emails_sent_status.csv")) {
                assertThat(ids(dir.resolve("output").resolve(file))).as(file).isEqualTo(sourceOrder);
            }
        }
    }

    private static List<String> ids(Path file) throws IOException {
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file)) {
            return reader.stream().map(r -> r.getField("id")).toList();
        }
    }
}
