package dev.campaigncrm.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.send.SendResult;
import dev.campaigncrm.send.journal.JournalEvent;
import dev.campaigncrm.send.journal.JournalRecord;
import dev.campaigncrm.send.journal.SendLedger;
import dev.campaigncrm.sequence.LeadProgress;
import dev.campaigncrm.sequence.Sequence;
import dev.campaigncrm.sequence.SequenceMessage;
import dev.campaigncrm.sequence.SequenceState;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CampaignStore} must do. A subclass supplies a store; tests use campaign ids of their own, so a
 * store shared by a test class (one database schema) is fine.
 */
public abstract class AbstractCampaignStoreTest {

    /** A store to test; closed after each test. */
    protected abstract CampaignStore newStore();

    protected CampaignStore store;
    protected String campaign;

    @BeforeEach
    void openStore() {
        store = newStore();
        campaign = "c-" + UUID.randomUUID();
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void describeNamesTheStore() {
        assertThat(store.describe()).isNotBlank().doesNotContainIgnoringCase("password");
        assertThat(store.ledger().describe()).isNotBlank();
    }

    @Test
    void openCampaignTwiceKeepsOneCampaign() {
        store.openCampaign(campaign, Sequence.ofDays(3, 7));
        store.openCampaign(campaign, Sequence.ofDays(2));
        assertThat(store.leads(campaign)).isEmpty();
    }

    @Test
    void leadsRoundTripExactlyByIndex() {
        store.openCampaign(campaign, Sequence.firstEmail());
        StoredLead a = StoreSamples.analysed(1, 1);
        StoredLead b = StoreSamples.failed(0, 2);
        StoredLead c = new StoredLead(2, StoreSamples.lead(3).toBuilder().employees(null).lastContact("")
                .lastContactDate(null).build(), null, null, null);
        store.addLead(campaign, a);
        store.addLead(campaign, b);
        store.addLead(campaign, c);
        assertThat(store.leads(campaign)).containsExactly(b, a, c);
        assertThat(store.leads(campaign).get(1).lead().extra().keySet()).containsExactly("zeta", "alpha", "empty");
        assertThat(store.leadIds(campaign)).containsExactlyInAnyOrder("L1", "L2", "L3");
    }

    @Test
    void addLeadLeavesAnExistingIdAsItIs() {
        StoredLead first = StoreSamples.analysed(0, 1);
        store.addLead(campaign, first);
        store.addLead(campaign, StoreSamples.failed(5, 1));
        assertThat(store.leads(campaign)).containsExactly(first);
    }

    @Test
    void addLeadsAddsTheNewOnesAndLeavesExistingIdsAsTheyAre() {
        StoredLead first = StoreSamples.analysed(0, 1);
        store.addLead(campaign, first);
        StoredLead second = StoreSamples.failed(1, 2);
        StoredLead third = StoreSamples.analysed(2, 3);
        store.addLeads(campaign, List.of(StoreSamples.failed(5, 1), second, third));
        store.addLeads(campaign, List.of());
        assertThat(store.leads(campaign)).containsExactly(first, second, third);
    }

    @Test
    void saveProgressOfManyLeadsKeepsEachLeadsLastState() {
        List<LeadProgress> many = new ArrayList<>();
        for (int i = 0; i < 1_234; i++) {
            many.add(StoreSamples.progress("L" + i, SequenceState.ACTIVE));
        }
        LeadProgress last = StoreSamples.progress("L7", SequenceState.FINISHED);
        many.add(last);
        store.saveProgress(campaign, many);
        assertThat(store.progress(campaign)).hasSize(1_234).containsEntry("L7", last)
                .containsEntry("L1233", many.get(1_233));
    }

    @Test
    void messagesRoundTripAndSortByLeadIndexStepAttempt() {
        store.addLead(campaign, StoreSamples.analysed(1, 1));
        store.addLead(campaign, StoreSamples.analysed(0, 2));
        SequenceMessage l1s2 = StoreSamples.message("L1", 2, 1);
        SequenceMessage l1s1 = StoreSamples.message("L1", 1, 1);
        SequenceMessage l2s2r2 = StoreSamples.message("L2", 2, 2);
        SequenceMessage l2s2 = StoreSamples.message("L2", 2, 1);
        SequenceMessage failed = new SequenceMessage(StoreSamples.draft("L2", 1, 1).withSubject(""),
                SendResult.failed("L2", "l2@example.test", Instant.parse("2026-11-20T09:00:00Z"), "550 no\tsuch"),
                LocalDate.of(2026, 11, 19));
        for (SequenceMessage m : List.of(l1s2, l1s1, l2s2r2, l2s2, failed)) {
            store.saveMessage(campaign, m);
        }
        assertThat(store.messages(campaign)).containsExactly(failed, l2s2, l2s2r2, l1s1, l1s2);
    }

    @Test
    void aMessagesAbVariantIsKept() {
        SequenceMessage plain = StoreSamples.message("L1", 1, 1);
        SequenceMessage b = new SequenceMessage(plain.draft().withVariant("B"), plain.send(), plain.day());
        store.saveMessage(campaign, b);
        store.saveMessage(campaign, StoreSamples.message("L2", 1, 1));
        assertThat(store.messages(campaign)).extracting(m -> m.draft().variant()).containsExactlyInAnyOrder("B", "");
        assertThat(store.messages(campaign)).contains(b);
    }

    @Test
    void saveMessageReplacesTheSameLeadStepAndAttempt() {
        SequenceMessage first = StoreSamples.message("L1", 2, 1);
        SequenceMessage again = new SequenceMessage(first.draft(),
                SendResult.uncertain("L1", first.draft().to(), Instant.parse("2026-11-21T00:00:00.000000001Z"),
                        "<x@y>", "connection reset"), LocalDate.of(2026, 11, 21));
        store.saveMessage(campaign, first);
        store.saveMessage(campaign, again);
        assertThat(store.messages(campaign)).containsExactly(again);
    }

    @Test
    void repliesRoundTripOldestFirstAndKnownKeysAreNotAddedTwice() {
        StoredReply late = StoreSamples.reply("k-b", "L1", Instant.parse("2026-11-22T10:00:00.5Z"));
        StoredReply early = StoreSamples.reply("k-z", "L1", Instant.parse("2026-11-22T10:00:00Z"));
        StoredReply sameTime = StoreSamples.reply("k-a", "L2", Instant.parse("2026-11-22T10:00:00.5Z"));
        assertThat(store.addReply(campaign, late)).isTrue();
        assertThat(store.addReply(campaign, early)).isTrue();
        assertThat(store.addReply(campaign, sameTime)).isTrue();
        assertThat(store.addReply(campaign, StoreSamples.reply("k-b", "L9", Instant.EPOCH))).isFalse();
        assertThat(store.replies(campaign)).containsExactly(early, sameTime, late);
        assertThat(store.replies(campaign).get(0).reply().header("x-tricky")).isEqualTo(StoreSamples.TRICKY);
    }

    @Test
    void aReplysReferralIsKept() {
        StoredReply plain = StoreSamples.reply("k-r", "L1", Instant.EPOCH);
        StoredReply referred = new StoredReply(plain.key(), plain.leadId(), plain.step(), plain.reply(),
                plain.classification().withReferral("Maria Lopez <maria@acme.test>"));
        store.addReply(campaign, referred);
        assertThat(store.replies(campaign).get(0).classification().referral())
                .isEqualTo("Maria Lopez <maria@acme.test>");
    }

    @Test
    void progressIsReplacedPerLead() {
        LeadProgress a = StoreSamples.progress("L1", SequenceState.ACTIVE);
        LeadProgress b = new LeadProgress("L2", SequenceState.FINISHED, 3, 0, 1, null, null, null, 0, "");
        store.saveProgress(campaign, List.of(a, b));
        LeadProgress a2 = StoreSamples.progress("L1", SequenceState.REPLIED);
        store.saveProgress(campaign, List.of(a2));
        assertThat(store.progress(campaign)).isEqualTo(Map.of("L1", a2, "L2", b));
    }

    @Test
    void campaignsAreKeptApart() {
        String other = campaign + "-other";
        store.addLead(campaign, StoreSamples.analysed(0, 1));
        store.saveMessage(campaign, StoreSamples.message("L1", 1, 1));
        store.addReply(campaign, StoreSamples.reply("k", "L1", Instant.EPOCH));
        store.saveProgress(campaign, List.of(StoreSamples.progress("L1", SequenceState.ACTIVE)));
        assertThat(store.leads(other)).isEmpty();
        assertThat(store.leadIds(other)).isEmpty();
        assertThat(store.messages(other)).isEmpty();
        assertThat(store.replies(other)).isEmpty();
        assertThat(store.progress(other)).isEmpty();
        assertThat(store.addReply(other, StoreSamples.reply("k", "L1", Instant.EPOCH))).isTrue();
        assertThat(store.ledger().latest(other, "L1", 1, 1)).isEmpty();
    }

    @Test
    void ledgerLatestIsTheSentRecordElseTheLatest() throws Exception {
        SendLedger ledger = store.ledger();
        Instant t = Instant.parse("2026-11-20T09:00:00.123456789Z");
        JournalRecord intent = record("L1", 1, 1, JournalEvent.INTENT, t);
        JournalRecord sent = record("L1", 1, 1, JournalEvent.SENT, t.plusNanos(1));
        JournalRecord laterFailed = record("L1", 1, 1, JournalEvent.FAILED, t.plusSeconds(1));
        ledger.append(intent);
        assertThat(ledger.latest(campaign, "L1", 1, 1)).contains(intent);
        ledger.append(sent);
        ledger.append(laterFailed);
        assertThat(ledger.latest(campaign, "L1", 1, 1)).contains(sent);

        JournalRecord failed = record("L2", 1, 1, JournalEvent.FAILED, t);
        JournalRecord uncertain = record("L2", 1, 1, JournalEvent.UNCERTAIN, t);
        ledger.append(failed);
        ledger.append(uncertain);
        assertThat(ledger.latest(campaign, "L2", 1, 1)).contains(uncertain);
    }

    @Test
    void ledgerKeysAreLeadStepAndAttempt() throws Exception {
        SendLedger ledger = store.ledger();
        Instant t = Instant.parse("2026-11-20T09:00:00Z");
        JournalRecord s1 = record("L1", 1, 1, JournalEvent.SENT, t);
        JournalRecord s2 = record("L1", 2, 1, JournalEvent.FAILED, t);
        JournalRecord s2r2 = record("L1", 2, 2, JournalEvent.INTENT, t);
        ledger.append(s1);
        ledger.append(s2);
        ledger.append(s2r2);
        assertThat(ledger.latest(campaign, "L1", 1, 1)).contains(s1);
        assertThat(ledger.latest(campaign, "L1", 2, 1)).contains(s2);
        assertThat(ledger.latest(campaign, "L1", 2, 2)).contains(s2r2);
        assertThat(ledger.latest(campaign, "L1", 3, 1)).isEmpty();
        assertThat(ledger.latest(campaign, "L2", 1, 1)).isEmpty();
    }

    @Test
    void ledgerRecordsComeInInsertionOrder() throws Exception {
        SendLedger ledger = store.ledger();
        List<JournalRecord> appended = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            JournalRecord r = record("L" + (19 - i), 1 + i % 3, 1, JournalEvent.values()[i % 5],
                    Instant.parse("2026-11-20T09:00:00Z").minusSeconds(i));
            ledger.append(r);
            appended.add(r);
        }
        assertThat(ledger.records().stream().filter(r -> r.campaignId().equals(campaign)))
                .containsExactlyElementsOf(appended);
    }

    @Test
    void concurrentAppendsFromEightThreadsAreAllRecorded() throws Exception {
        SendLedger ledger = store.ledger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                int t = thread;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        String lead = "T" + t + "-" + i;
                        ledger.append(record(lead, 1, 1, JournalEvent.INTENT, Instant.now()));
                        ledger.append(record(lead, 1, 1, JournalEvent.SENT, Instant.now()));
                        assertThat(ledger.latest(campaign, lead, 1, 1).orElseThrow().event())
                                .isEqualTo(JournalEvent.SENT);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(ledger.records().stream().filter(r -> r.campaignId().equals(campaign))).hasSize(8 * 25 * 2);
    }

    // ------------------------------------------------------------------------------------------- leases (issue 10)

    private static final Instant T0 = Instant.parse("2026-12-04T09:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(60);

    @Test
    void aLeasedItemIsNotTakenByAnotherWorkerUntilTheLeaseExpires() {
        WorkLeases leases = store.leases();
        assertThat(leases.claim(campaign, "w1", List.of("a", "b"), T0, LEASE).taken()).containsExactlyInAnyOrder("a", "b");
        WorkLeases.Claim second = leases.claim(campaign, "w2", List.of("a", "b", "c"), T0.plusSeconds(59), LEASE);
        assertThat(second.taken()).as("only the free item").containsExactly("c");
        assertThat(second.done()).isEmpty();
        assertThat(leases.claim(campaign, "w1", List.of("a"), T0.plusSeconds(1), LEASE).taken())
                .as("a worker's own lease is taken again (and extended)").containsExactly("a");
        WorkLeases.Claim later = leases.claim(campaign, "w2", List.of("a", "b"), T0.plusSeconds(60), LEASE);
        assertThat(later.taken()).as("b expired at T0+60 s; a was extended to T0+61 s").containsExactly("b");
        assertThat(leases.claim(campaign, "w2", List.of("a"), T0.plusSeconds(61), LEASE).taken())
                .containsExactly("a");
    }

    @Test
    void renewKeepsTheLeaseAndSaysWhichItemsAreStillHeld() {
        WorkLeases leases = store.leases();
        leases.claim(campaign, "w1", List.of("a", "b"), T0, LEASE);
        assertThat(leases.renew(campaign, "w1", List.of("a", "b", "never-claimed"), T0.plusSeconds(50), LEASE))
                .containsExactlyInAnyOrder("a", "b");
        assertThat(leases.claim(campaign, "w2", List.of("a", "b"), T0.plusSeconds(100), LEASE).taken())
                .as("renewed until T0+110 s").isEmpty();
        assertThat(leases.claim(campaign, "w2", List.of("a"), T0.plusSeconds(111), LEASE).taken())
                .containsExactly("a");
        assertThat(leases.renew(campaign, "w1", List.of("a", "b"), T0.plusSeconds(112), LEASE))
                .as("a was taken over; b is still w1's").containsExactly("b");
        assertThat(leases.renew(campaign, "w2", List.of("a"), T0.plusSeconds(112), LEASE)).containsExactly("a");
    }

    @Test
    void completedItemsAreNeverClaimedAgainAndReleasedOnesAreFreeAtOnce() {
        WorkLeases leases = store.leases();
        leases.claim(campaign, "w1", List.of("a", "b", "c"), T0, LEASE);
        leases.complete(campaign, List.of("a", "never-claimed"));
        leases.release(campaign, "w1", List.of("b"));
        leases.release(campaign, "w2", List.of("c")); // not w2's: nothing happens
        WorkLeases.Claim c = leases.claim(campaign, "w2", List.of("a", "b", "c", "never-claimed"), T0.plusSeconds(1),
                LEASE);
        assertThat(c.taken()).containsExactly("b");
        assertThat(c.done()).containsExactlyInAnyOrder("a", "never-claimed");
        WorkLeases.Claim much = leases.claim(campaign, "w3", List.of("a", "b", "c"), T0.plus(Duration.ofDays(9)),
                LEASE);
        assertThat(much.done()).as("done stays done").containsExactly("a");
        assertThat(much.taken()).containsExactlyInAnyOrder("b", "c");
        assertThat(leases.renew(campaign, "w1", List.of("a"), T0, LEASE)).as("a done item is held by no one")
                .isEmpty();
    }

    @Test
    void leasesAreKeptApartPerCampaign() {
        WorkLeases leases = store.leases();
        String other = campaign + "-other";
        leases.claim(campaign, "w1", List.of("a"), T0, LEASE);
        leases.complete(campaign, List.of("b"));
        WorkLeases.Claim c = leases.claim(other, "w2", List.of("a", "b"), T0, LEASE);
        assertThat(c.taken()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void workersClaimingTheSameItemsAtOnceEachGetADifferentShare() throws Exception {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            items.add(String.format("send:1:1:L%04d", i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> shares = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                String worker = "w" + w;
                shares.add(pool.submit(() -> {
                    List<String> mine = new ArrayList<>();
                    for (int i = 0; i < items.size(); i += 20) {
                        mine.addAll(store.leases().claim(campaign, worker, items.subList(i, i + 20), T0, LEASE)
                                .taken());
                    }
                    return mine;
                }));
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> f : shares) {
                all.addAll(f.get(120, TimeUnit.SECONDS));
            }
            assertThat(all).as("every item leased to exactly one worker").hasSize(items.size())
                    .containsExactlyInAnyOrderElementsOf(items);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void workersSavingTheSameStatesAndMessagesAtOnceAllSucceed() throws Exception {
        List<LeadProgress> states = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            states.add(StoreSamples.progress("L" + i, SequenceState.FINISHED));
        }
        SequenceMessage m = new SequenceMessage(StoreSamples.draft("L1", 1, 1),
                SendResult.sent("L1", "l1@example.test", Instant.parse("2026-11-20T09:00:00Z"), "<L1.1@x.test>"),
                LocalDate.of(2026, 11, 20));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                done.add(pool.submit(() -> {
                    for (int round = 0; round < 5; round++) {
                        store.saveProgress(campaign, states);
                        store.saveMessage(campaign, m);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS); // throws when a worker's write failed (e.g. a duplicate key)
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.progress(campaign)).hasSize(600);
        assertThat(store.messages(campaign)).containsExactly(m);
    }

    @Test
    void sendSlotsForgetWindowsLongPastSoThatTheTableStaysBounded() {
        SendSlots slots = store.sendSlots();
        assertThat(slots.take(campaign, "model:m", 5, 1)).isTrue();
        assertThat(slots.take(campaign, "rate", 5, 1)).isTrue();
        assertThat(slots.take(campaign, "model:m", 5, 1)).as("window 5 is full").isFalse();

        long later = 5 + SendSlots.WINDOWS_KEPT + SendSlots.PRUNE_EVERY;
        later -= Math.floorMod(later, SendSlots.PRUNE_EVERY);
        assertThat(slots.take(campaign, "model:m", later, 1)).isTrue();

        assertThat(slots.take(campaign, "model:m", 5, 1)).as("window 5 of the scope was forgotten").isTrue();
        assertThat(slots.take(campaign, "rate", 5, 1)).as("another scope keeps its windows").isFalse();
        assertThat(slots.take(campaign, "model:m", later - 1, 1)).isTrue();
        assertThat(slots.take(campaign, "model:m", later - 1, 1)).as("recent windows are kept").isFalse();
    }

    @Test
    void sendSlotsRunOutAtTheWindowsCapacityPerScopeAndCampaign() throws Exception {
        SendSlots slots = store.sendSlots();
        assertThat(slots.take(campaign, "rate", 100, 2)).isTrue();
        assertThat(slots.take(campaign, "rate", 100, 2)).isTrue();
        assertThat(slots.take(campaign, "rate", 100, 2)).as("the window's two slots are taken").isFalse();
        assertThat(slots.take(campaign, "rate", 101, 2)).as("the next window").isTrue();
        assertThat(slots.take(campaign, "domain:a.test", 100, 2)).as("another scope").isTrue();
        assertThat(slots.take(campaign + "-other", "rate", 100, 2)).as("another campaign").isTrue();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> takes = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                takes.add(pool.submit(() -> slots.take(campaign, "rate", 200, 7)));
            }
            int taken = 0;
            for (Future<Boolean> f : takes) {
                taken += f.get(120, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(taken).as("forty workers asking at once get the capacity, no more").isEqualTo(7);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void reservedLeadIndexesNeverOverlapAndStartAboveTheStoredLeads() throws Exception {
        store.openCampaign(campaign, Sequence.firstEmail());
        store.addLead(campaign, StoreSamples.analysed(6, 1));
        assertThat(store.reserveLeadIndexes(campaign, 3)).isEqualTo(7);
        assertThat(store.reserveLeadIndexes(campaign, 0)).isEqualTo(10);
        store.addLead(campaign, StoreSamples.analysed(20, 2));
        assertThat(store.reserveLeadIndexes(campaign, 1)).as("above a lead added at 20").isEqualTo(21);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> firsts = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                firsts.add(pool.submit(() -> store.reserveLeadIndexes(campaign, 5)));
            }
            java.util.Set<Integer> starts = new java.util.TreeSet<>();
            for (Future<Integer> f : firsts) {
                starts.add(f.get(120, TimeUnit.SECONDS));
            }
            assertThat(starts).hasSize(40);
            assertThat(starts).as("ranges of five, one after another").allSatisfy(s ->
                    assertThat((s - 22) % 5).isZero()).contains(22, 22 + 39 * 5);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A ledger record of this test's campaign. */
    protected JournalRecord record(String lead, int step, int attempt, JournalEvent event, Instant at) {
        return new JournalRecord(campaign, lead, step, attempt, lead.toLowerCase() + "@example.test",
                "<" + lead + "." + step + "." + attempt + "@x.test>", event, at,
                event == JournalEvent.FAILED ? "550 mailbox\tunavailable\n" + StoreSamples.TRICKY : "");
    }
}
