package dev.campaigncrm.sequence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.Campaign;
import dev.campaigncrm.run.CampaignResult;
import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.store.CampaignStore;
import dev.campaigncrm.store.StoredLead;
import dev.campaigncrm.testing.RecordingMailer;
import dev.campaigncrm.testing.TestLeads;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Issue 10 in one process: runners sharing a store divide a campaign, and take over the work a dead one leased. */
class SequenceWorkersTest {

    private static final LocalDate DAY0 = LocalDate.of(2026, 12, 1);
    private static final int LEADS = 300;

    private static Campaign.Builder worker(CampaignStore store, String id, RecordingMailer mailer, Duration lease) {
        return Campaign.builder().campaignId("workers").leads(TestLeads.leads(LEADS)).asOf(DAY0).store(store)
                .sequence(Sequence.firstEmail()).mailer(mailer).worker(id).lease(lease).concurrency(4);
    }

    @Test
    void threeWorkersOnOneStoreSendEveryLeadExactlyOnceBetweenThem() throws Exception {
        CampaignStore store = CampaignStore.inMemory();
        // 20 ms a message, so that one worker alone would send for longer (300 x 20 ms / 4 in flight = 1.5 s) than a
        // worker that met leads held by another waits before it looks again (1 s with a 30 s lease): whichever
        // worker reads the file first cannot finish the campaign before the others join
        List<RecordingMailer> mailers = List.of(RecordingMailer.slow(20), RecordingMailer.slow(20),
                RecordingMailer.slow(20));
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<CampaignResult>> runs = new ArrayList<>();
        // a thread per worker: on 2 cores the common pool has one thread, and the workers would take turns
        ExecutorService threads = Executors.newFixedThreadPool(3);
        for (int w = 0; w < 3; w++) {
            Campaign c = worker(store, "w" + w, mailers.get(w), Duration.ofSeconds(30)).build();
            runs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return c.advance();
            }, threads));
        }
        start.countDown();
        threads.shutdown();
        List<CampaignResult> results = new ArrayList<>();
        for (CompletableFuture<CampaignResult> r : runs) {
            results.add(r.get(2, TimeUnit.MINUTES));
        }
        List<String> sent = mailers.stream().flatMap(m -> m.sent().stream()).map(EmailDraft::leadId).toList();
        assertThat(sent).as("every lead sent once by the three workers together").hasSize(LEADS)
                .doesNotHaveDuplicates();
        assertThat(mailers.stream().filter(m -> !m.sent().isEmpty()).count()).as("the work was divided")
                .isGreaterThanOrEqualTo(2);
        List<StoredLead> leads = store.leads("workers");
        assertThat(leads).hasSize(LEADS);
        assertThat(leads.stream().map(StoredLead::index).distinct().count()).as("no two leads share an index")
                .isEqualTo(LEADS);
        assertThat(store.messages("workers")).hasSize(LEADS);
        for (CampaignResult r : results) {
            assertThat(r.outcomes().size()).as("each worker ends with the whole campaign from the store").isEqualTo(LEADS);
        }
    }

    @Test
    void aWorkerTakesOverWhatADeadWorkerLeasedOnceItsLeaseExpires() {
        CampaignStore store = CampaignStore.inMemory();
        Duration lease = Duration.ofMillis(400);
        store.openCampaign("workers", Sequence.firstEmail());
        List<String> deadItems = IntStream.range(0, 10).mapToObj(i -> "analyse:L" + i).toList();
        Instant leasedAt = Instant.now();
        assertThat(store.leases().claim("workers", "dead", deadItems, leasedAt, lease).taken()).hasSize(10);
        RecordingMailer mailer = RecordingMailer.accepting();

        worker(store, "alive", mailer, lease).advance();

        Map<String, Long> copies = mailer.sent().stream()
                .collect(Collectors.groupingBy(EmailDraft::leadId, Collectors.counting()));
        assertThat(copies).as("all leads, the dead worker's included, sent once").hasSize(LEADS)
                .allSatisfy((lead, n) -> assertThat(n).isEqualTo(1L));
        assertThat(Instant.now()).as("the dead worker's leads were taken only after its lease expired")
                .isAfterOrEqualTo(leasedAt.plus(lease));
        assertThat(store.leases().claim("workers", "later", deadItems, Instant.now(), lease).done())
                .as("the taken-over items are done").containsExactlyInAnyOrderElementsOf(deadItems);
        assertThat(store.leads("workers").stream().map(StoredLead::leadId))
                .contains(deadItems.stream().map(i -> i.substring("analyse:".length())).toArray(String[]::new));
    }

}
