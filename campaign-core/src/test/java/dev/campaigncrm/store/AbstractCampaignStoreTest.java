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

    /** A ledger record of this test's campaign. */
    protected JournalRecord record(String lead, int step, int attempt, JournalEvent event, Instant at) {
        return new JournalRecord(campaign, lead, step, attempt, lead.toLowerCase() + "@example.test",
                "<" + lead + "." + step + "." + attempt + "@x.test>", event, at,
                event == JournalEvent.FAILED ? "550 mailbox\tunavailable\n" + StoreSamples.TRICKY : "");
    }
}
