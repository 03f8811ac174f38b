package dev.campaigncrm.store;

import dev.campaigncrm.send.journal.SendLedger;
import dev.campaigncrm.sequence.LeadProgress;
import dev.campaigncrm.sequence.Sequence;
import dev.campaigncrm.sequence.SequenceMessage;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A {@link CampaignStore} in memory, for tests and quick demos: it behaves like the JDBC store but is <b>not
 * durable</b> — nothing survives the process. Thread-safe (every method is synchronized).
 */
public final class InMemoryCampaignStore implements CampaignStore {

    /** One campaign's data. */
    private static final class Data {
        Sequence sequence;
        final Map<String, StoredLead> leads = new LinkedHashMap<>();
        final Map<String, SequenceMessage> messages = new HashMap<>();
        final Map<String, StoredReply> replies = new HashMap<>();
        final Map<String, LeadProgress> progress = new TreeMap<>();
        int nextIndex;
    }

    private final Map<String, Data> campaigns = new HashMap<>();
    private final InMemoryLedger ledger = new InMemoryLedger();
    private final InMemoryLeases leases = new InMemoryLeases();
    private final InMemorySendSlots slots = new InMemorySendSlots();

    /** An empty store. */
    public InMemoryCampaignStore() {
    }

    /** Says it is in memory. */
    @Override
    public String describe() {
        return "memory (not durable)";
    }

    /** The campaign's sequence, or null when it was never opened. */
    public synchronized Sequence sequence(String campaignId) {
        Data d = campaigns.get(campaignId);
        return d == null ? null : d.sequence;
    }

    /** Records the campaign and its sequence. */
    @Override
    public synchronized void openCampaign(String campaignId, Sequence sequence) {
        data(campaignId).sequence = Objects.requireNonNull(sequence, "sequence");
    }

    /** The ids of the campaign's leads. */
    @Override
    public synchronized Set<String> leadIds(String campaignId) {
        return Set.copyOf(new LinkedHashSet<>(data(campaignId).leads.keySet()));
    }

    /** Adds the lead unless its id is there. */
    @Override
    public synchronized void addLead(String campaignId, StoredLead lead) {
        Objects.requireNonNull(lead, "lead");
        data(campaignId).leads.putIfAbsent(lead.leadId(), lead);
    }

    /** The leads by index. */
    @Override
    public synchronized List<StoredLead> leads(String campaignId) {
        return data(campaignId).leads.values().stream()
                .sorted(Comparator.comparingInt(StoredLead::index).thenComparing(StoredLead::leadId)).toList();
    }

    /** Saves the message over the one of the same lead, step and attempt. */
    @Override
    public synchronized void saveMessage(String campaignId, SequenceMessage message) {
        Objects.requireNonNull(message, "message");
        data(campaignId).messages.put(message.leadId() + '\u0000' + message.step() + '\u0000' + message.attempt(),
                message);
    }

    /** The messages by lead index, step and attempt. */
    @Override
    public synchronized List<SequenceMessage> messages(String campaignId) {
        Data d = data(campaignId);
        Map<String, Integer> index = new HashMap<>();
        d.leads.values().forEach(l -> index.put(l.leadId(), l.index()));
        return d.messages.values().stream().sorted(StoreOrder.messages(index)).toList();
    }

    /** Adds the reply unless its key is known. */
    @Override
    public synchronized boolean addReply(String campaignId, StoredReply reply) {
        Objects.requireNonNull(reply, "reply");
        return data(campaignId).replies.putIfAbsent(reply.key(), reply) == null;
    }

    /** The replies, oldest first. */
    @Override
    public synchronized List<StoredReply> replies(String campaignId) {
        return data(campaignId).replies.values().stream().sorted(StoreOrder.replies()).toList();
    }

    /** Replaces these leads' states. */
    @Override
    public synchronized void saveProgress(String campaignId, Collection<LeadProgress> progress) {
        Data d = data(campaignId);
        for (LeadProgress p : Objects.requireNonNull(progress, "progress")) {
            d.progress.put(p.leadId(), p);
        }
    }

    /** Each lead's latest state. */
    @Override
    public synchronized Map<String, LeadProgress> progress(String campaignId) {
        return Map.copyOf(data(campaignId).progress);
    }

    /** The ledger in memory. */
    @Override
    public SendLedger ledger() {
        return ledger;
    }

    /** The leases in memory. */
    @Override
    public WorkLeases leases() {
        return leases;
    }

    /** The send counters in memory. */
    @Override
    public SendSlots sendSlots() {
        return slots;
    }

    /** The next indexes above every stored lead's and every reserved one. */
    @Override
    public synchronized int reserveLeadIndexes(String campaignId, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, got " + count);
        }
        Data d = data(campaignId);
        int first = Math.max(d.nextIndex, d.leads.values().stream().mapToInt(StoredLead::index).max().orElse(-1) + 1);
        d.nextIndex = first + count;
        return first;
    }

    /** Nothing to release. */
    @Override
    public void close() {
    }

    private Data data(String campaignId) {
        Objects.requireNonNull(campaignId, "campaignId");
        return campaigns.computeIfAbsent(campaignId, k -> new Data());
    }
}
