package dev.campaigncrm.store;

import dev.campaigncrm.send.journal.SendLedger;
import dev.campaigncrm.sequence.LeadProgress;
import dev.campaigncrm.sequence.Sequence;
import dev.campaigncrm.sequence.SequenceMessage;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The campaign database: for each campaign its sequence, its leads with their analysis, every message (step,
 * Message-ID, status, times, error), every reply with its class, each lead's sequence state, and the send ledger
 * that makes every (campaign, lead, step) go at most once. The seed's CSV files and the report are exports of it.
 * {@code campaign-store} implements it over JDBC (SQLite, PostgreSQL). Implementations are thread-safe; every write
 * is durable when the method returns.
 */
public interface CampaignStore extends AutoCloseable {

    /**
     * A store in memory, for tests and quick demos: same behaviour as the JDBC store, but not durable — everything
     * is gone when the process ends.
     */
    static CampaignStore inMemory() {
        return new InMemoryCampaignStore();
    }

    /** Where the data lives, e.g. {@code sqlite:output/campaign.db}; never a password. */
    String describe();

    /** Records the campaign and its sequence, creating it on first use; a later call may change the sequence. */
    void openCampaign(String campaignId, Sequence sequence);

    /** The ids of the campaign's leads. */
    Set<String> leadIds(String campaignId);

    /** Adds a lead; a lead id the campaign already holds is left as it is. */
    void addLead(String campaignId, StoredLead lead);

    /**
     * Adds these leads as {@link #addLead} does, all durable when this returns; a store may write them in one
     * transaction (one commit, not one per lead). By default one {@link #addLead} each.
     */
    default void addLeads(String campaignId, Collection<StoredLead> leads) {
        leads.forEach(l -> addLead(campaignId, l));
    }

    /** The campaign's leads, by index. */
    List<StoredLead> leads(String campaignId);

    /** Saves a message, replacing the one of the same lead, step and attempt. */
    void saveMessage(String campaignId, SequenceMessage message);

    /** The campaign's messages, by lead index, step and attempt. */
    List<SequenceMessage> messages(String campaignId);

    /** Adds a reply unless one with its key is stored; true when it was new. */
    boolean addReply(String campaignId, StoredReply reply);

    /** The campaign's replies, oldest first. */
    List<StoredReply> replies(String campaignId);

    /** Saves these leads' sequence states, replacing earlier ones. */
    void saveProgress(String campaignId, Collection<LeadProgress> progress);

    /** Each lead's latest saved sequence state, by lead id. */
    Map<String, LeadProgress> progress(String campaignId);

    /** The send ledger kept in this store, for {@code JournaledMailer}. */
    SendLedger ledger();

    /** The leases by which workers sharing this store divide a campaign's work. */
    WorkLeases leases();

    /** The send counters by which limits (a rate, a per-domain cap) hold for all the workers of a campaign at once. */
    SendSlots sendSlots();

    /**
     * Reserves {@code count} consecutive lead indexes for new leads: the first of them, above every index returned
     * before for the campaign and every stored lead's, so that workers adding leads at once never share an index.
     *
     * @throws IllegalArgumentException when {@code count} is negative
     */
    int reserveLeadIndexes(String campaignId, int count);

    /** Releases connections. */
    @Override
    void close();
}
