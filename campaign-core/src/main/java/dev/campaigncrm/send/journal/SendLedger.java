package dev.campaigncrm.send.journal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Where {@link JournaledMailer} records each send's intent and outcome, durably, so that a message is sent at most
 * once per campaign, lead, step and attempt across crashes and re-runs: the file {@link SendJournal}, or a campaign
 * store's table. Implementations are thread-safe; what {@link #append} returned from must survive {@code kill -9}.
 */
public interface SendLedger {

    /** The latest record of this campaign, lead, step and attempt, if any. */
    Optional<JournalRecord> latest(String campaignId, String leadId, int step, int attempt);

    /**
     * Records {@code record}; durable (on disk, or committed) when this returns.
     *
     * @throws IOException when it could not be recorded (the send must then not happen)
     */
    void append(JournalRecord record) throws IOException;

    /** Every record, in the order appended. */
    List<JournalRecord> records();

    /** Where the records are kept, for logs and descriptions, e.g. the journal file or the store (no secret). */
    String describe();
}
