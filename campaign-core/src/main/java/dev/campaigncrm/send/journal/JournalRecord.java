package dev.campaigncrm.send.journal;

import java.time.Instant;
import java.util.Objects;

/**
 * One send event of the ledger.
 *
 * @param campaignId the campaign the message belongs to
 * @param leadId     the lead's id
 * @param step       the step of the lead's sequence, from 1 (1 for a one-email campaign)
 * @param attempt    the attempt at that step, from 1 (2 when a soft bounce made it go again)
 * @param email      the recipient address
 * @param messageId  the Message-ID sent (or to be sent), empty when not known
 * @param event      what happened
 * @param at         when it happened
 * @param reason     why it failed or is uncertain, empty otherwise
 */
public record JournalRecord(String campaignId, String leadId, int step, int attempt, String email, String messageId,
                            JournalEvent event, Instant at, String reason) {

    /** Requires the ids, the event and the time; normalises null text to empty. */
    public JournalRecord {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(at, "at");
        if (step < 1 || attempt < 1) {
            throw new IllegalArgumentException("step and attempt start at 1");
        }
        email = email == null ? "" : email;
        messageId = messageId == null ? "" : messageId;
        reason = reason == null ? "" : reason;
    }

    /** A record of a first email (step 1, attempt 1). */
    public JournalRecord(String campaignId, String leadId, String email, String messageId, JournalEvent event,
                         Instant at, String reason) {
        this(campaignId, leadId, 1, 1, email, messageId, event, at, reason);
    }
}
