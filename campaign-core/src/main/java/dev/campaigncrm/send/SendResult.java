package dev.campaigncrm.send;

import java.time.Instant;

/**
 * The outcome of sending one lead's email.
 *
 * @param leadId    the lead's id
 * @param email     the recipient address
 * @param status    sent, failed, skipped or uncertain
 * @param at        when the attempt ended
 * @param messageId the Message-ID header of the message sent (empty unless sent or uncertain)
 * @param error     why it failed, was skipped or is uncertain (empty when sent)
 */
public record SendResult(String leadId, String email, SendStatus status, Instant at, String messageId,
                         String error) {

    /** Normalises nulls to empty text. */
    public SendResult {
        messageId = messageId == null ? "" : messageId;
        error = error == null ? "" : error;
    }

    /** Accepted by the server. */
    public static SendResult sent(String leadId, String email, Instant at, String messageId) {
        return new SendResult(leadId, email, SendStatus.SENT, at, messageId, "");
    }

    /** Refused or not delivered, with the reason. */
    public static SendResult failed(String leadId, String email, Instant at, String error) {
        return new SendResult(leadId, email, SendStatus.FAILED, at, "", error);
    }

    /** Not attempted, with the reason. */
    public static SendResult skipped(String leadId, String email, Instant at, String reason) {
        return new SendResult(leadId, email, SendStatus.SKIPPED, at, "", reason);
    }

    /**
     * Perhaps delivered, perhaps not (see {@link SendStatus#UNCERTAIN}), with the Message-ID the message carries or
     * would carry, so that it can be looked for later, and why it is uncertain.
     */
    public static SendResult uncertain(String leadId, String email, Instant at, String messageId, String reason) {
        return new SendResult(leadId, email, SendStatus.UNCERTAIN, at, messageId, reason);
    }

    /** True when the server accepted the message. */
    public boolean isSent() {
        return status == SendStatus.SENT;
    }
}
