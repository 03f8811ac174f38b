package dev.campaigncrm.mail.journal;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the send journal.
 *
 * @param campaignId the campaign the message belongs to
 * @param leadId     the lead's id
 * @param email      the recipient address
 * @param messageId  the Message-ID sent (or to be sent), empty when not known
 * @param event      what happened
 * @param at         when it happened
 * @param reason     why it failed or is uncertain, empty otherwise
 */
public record JournalRecord(String campaignId, String leadId, String email, String messageId, JournalEvent event,
                            Instant at, String reason) {

    /** Requires the ids, the event and the time; normalises null text to empty. */
    public JournalRecord {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(at, "at");
        email = email == null ? "" : email;
        messageId = messageId == null ? "" : messageId;
        reason = reason == null ? "" : reason;
    }
}
