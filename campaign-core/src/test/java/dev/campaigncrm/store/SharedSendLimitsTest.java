package dev.campaigncrm.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.Campaign;
import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.send.SendResult;
import dev.campaigncrm.send.journal.JournaledMailer;
import dev.campaigncrm.send.journal.SendGate;
import dev.campaigncrm.sequence.Sequence;
import dev.campaigncrm.testing.RecordingMailer;
import dev.campaigncrm.testing.TestLeads;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: a rate and a per-domain cap hold for two workers together. Two runners share one store, each with its own
 * journaled mailer whose gate is {@link SharedSendLimits} over the store's send slots. Each message is counted in the
 * window of the instant the gate took its slots at (read from the gate's own clock, so that a slow machine, which
 * writes the journal's intent a moment later, cannot move a message into the next second).
 */
class SharedSendLimitsTest {

    private static final String CAMPAIGN = "shared-limits";

    @Test
    void twoWorkersTogetherKeepToTheRate() throws Exception {
        int rate = 50;
        int leads = 200;
        Map<String, Long> admitted = runTwoWorkers(TestLeads.leads(leads), b -> b.messagesPerSecond(rate));
        assertThat(admitted).hasSize(leads);
        Map<Long, Long> perSecond = admitted.values().stream().collect(Collectors.groupingBy(
                ms -> ms / 1000, TreeMap::new, Collectors.counting()));
        assertThat(perSecond.values()).as("messages let through per second, both workers together: %s", perSecond)
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
        Map<String, String> emails = leads.stream().collect(Collectors.toMap(Lead::id, Lead::email));
        Map<String, Long> admitted = runTwoWorkers(leads, b -> b.perDomain(3, Duration.ofSeconds(1)));
        assertThat(admitted).hasSize(120);
        Map<Long, Long> busyPerSecond = admitted.entrySet().stream()
                .filter(e -> emails.get(e.getKey()).endsWith("@busy.test"))
                .collect(Collectors.groupingBy(e -> e.getValue() / 1000, TreeMap::new, Collectors.counting()));
        assertThat(busyPerSecond.values()).as("busy.test per second: %s", busyPerSecond)
                .allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(3));
        assertThat(busyPerSecond).as("twelve messages to busy.test at three a second").hasSizeGreaterThanOrEqualTo(4);
    }

    /** Runs two workers at once over one store, a thread each; when each lead's message was let through (epoch ms). */
    private static Map<String, Long> runTwoWorkers(List<Lead> leads, UnaryOperator<SharedSendLimits.Builder> limits)
            throws Exception {
        CampaignStore store = CampaignStore.inMemory();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<RecordingMailer> mailers = List.of(RecordingMailer.accepting(), RecordingMailer.accepting());
        Map<String, Long> admitted = new ConcurrentHashMap<>();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<?>> runs = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                WindowClock clock = new WindowClock();
                SendGate gate = new AdmissionTimes(limits.apply(SharedSendLimits.builder(store.sendSlots(), CAMPAIGN)
                        .clock(clock)).build(), clock, admitted);
                JournaledMailer mailer = JournaledMailer.builder(mailers.get(w), store.ledger(), CAMPAIGN).gate(gate)
                        .build();
                Campaign c = Campaign.builder().campaignId(CAMPAIGN).leads(leads).asOf(today).store(store)
                        .sequence(Sequence.firstEmail()).mailer(mailer).worker("w" + w).concurrency(4).build();
                runs.add(CompletableFuture.runAsync(c::advance, threads));
            }
            for (CompletableFuture<?> r : runs) {
                r.get(2, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }
        List<String> sent = mailers.stream().flatMap(m -> m.sent().stream()).map(EmailDraft::leadId).toList();
        assertThat(sent).as("every lead once").hasSize(leads.size()).doesNotHaveDuplicates();
        assertThat(mailers).as("both workers sent: the limit was shared, not kept by one worker alone")
                .allSatisfy(m -> assertThat(m.sent()).isNotEmpty());
        return admitted;
    }

    /** The system clock, remembering for each thread the last instant it told it: the one a slot was taken for. */
    private static final class WindowClock extends Clock {
        private final ThreadLocal<Long> last = new ThreadLocal<>();

        long lastToThisThread() {
            return last.get();
        }

        @Override
        public long millis() {
            long now = System.currentTimeMillis();
            last.set(now);
            return now;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("UTC only");
        }
    }

    /** The shared limits, noting for each message the instant of the window its slots were taken in. */
    private record AdmissionTimes(SendGate gate, WindowClock clock, Map<String, Long> admitted) implements SendGate {
        @Override
        public Optional<SendResult> admit(EmailDraft draft) {
            Optional<SendResult> refused = gate.admit(draft);
            if (refused.isEmpty()) {
                admitted.put(draft.leadId(), clock.lastToThisThread());
            }
            return refused;
        }

        @Override
        public void settled(SendResult result) {
            gate.settled(result);
        }
    }
}
