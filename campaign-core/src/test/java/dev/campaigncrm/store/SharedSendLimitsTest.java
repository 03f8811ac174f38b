package dev.campaigncrm.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.Campaign;
import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.send.journal.JournalEvent;
import dev.campaigncrm.send.journal.JournalRecord;
import dev.campaigncrm.send.journal.JournaledMailer;
import dev.campaigncrm.sequence.Sequence;
import dev.campaigncrm.testing.RecordingMailer;
import dev.campaigncrm.testing.TestLeads;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: a rate and a per-domain cap hold for two workers together. Two runners share one store, each with its own
 * journaled mailer whose gate is {@link SharedSendLimits} over the store's send slots; the sends are counted per
 * window from the ledger's intent times (the moment each message was let through).
 */
class SharedSendLimitsTest {

    private static final String CAMPAIGN = "shared-limits";

    @Test
    void twoWorkersTogetherKeepToTheRate() throws Exception {
        int rate = 50;
        int leads = 200;
        List<JournalRecord> intents = runTwoWorkers(TestLeads.leads(leads),
                b -> b.messagesPerSecond(rate));
        assertThat(intents).hasSize(leads);
        Map<Long, Long> perSecond = intents.stream().collect(Collectors.groupingBy(
                r -> r.at().getEpochSecond(), TreeMap::new, Collectors.counting()));
        assertThat(perSecond.values()).as("intents per second of the ledger, both workers together: %s", perSecond)
                .allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(rate));
        assertThat(perSecond).as("200 messages at 50 a second take at least four windows").hasSizeGreaterThanOrEqualTo(
                leads / rate);
    }

    @Test
    void twoWorkersTogetherKeepToTheCapOfADomain() throws Exception {
        List<Lead> leads = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            leads.add(TestLeads.lead(i).toBuilder().email("p" + i + (i % 10 == 0 ? "@busy.test" : "@quiet" + i + ".test"))
                    .build());
        }
        List<JournalRecord> intents = runTwoWorkers(leads, b -> b.perDomain(3, Duration.ofSeconds(1)));
        assertThat(intents).hasSize(120);
        Map<Long, Long> busyPerSecond = intents.stream().filter(r -> r.email().endsWith("@busy.test"))
                .collect(Collectors.groupingBy(r -> r.at().getEpochSecond(), TreeMap::new, Collectors.counting()));
        assertThat(busyPerSecond.values()).as("busy.test per second: %s", busyPerSecond)
                .allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(3));
        assertThat(busyPerSecond).as("twelve messages to busy.test at three a second").hasSizeGreaterThanOrEqualTo(4);
    }

    /** Runs two workers at once over one store; the ledger's intents. */
    private static List<JournalRecord> runTwoWorkers(List<Lead> leads,
                                                     UnaryOperator<SharedSendLimits.Builder> limits) throws Exception {
        CampaignStore store = CampaignStore.inMemory();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<RecordingMailer> mailers = List.of(RecordingMailer.accepting(), RecordingMailer.accepting());
        List<CompletableFuture<?>> runs = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            SharedSendLimits gate = limits.apply(SharedSendLimits.builder(store.sendSlots(), CAMPAIGN)).build();
            JournaledMailer mailer = JournaledMailer.builder(mailers.get(w), store.ledger(), CAMPAIGN).gate(gate)
                    .build();
            Campaign c = Campaign.builder().campaignId(CAMPAIGN).leads(leads).asOf(today).store(store)
                    .sequence(Sequence.firstEmail()).mailer(mailer).worker("w" + w).concurrency(4).build();
            runs.add(CompletableFuture.runAsync(c::advance));
        }
        for (CompletableFuture<?> r : runs) {
            r.get(2, TimeUnit.MINUTES);
        }
        List<String> sent = mailers.stream().flatMap(m -> m.sent().stream()).map(EmailDraft::leadId).toList();
        assertThat(sent).as("every lead once").hasSize(leads.size()).doesNotHaveDuplicates();
        assertThat(mailers).as("both workers sent: the limit was shared, not kept by one worker alone")
                .allSatisfy(m -> assertThat(m.sent()).isNotEmpty());
        return store.ledger().records().stream().filter(r -> r.event() == JournalEvent.INTENT).toList();
    }
}
