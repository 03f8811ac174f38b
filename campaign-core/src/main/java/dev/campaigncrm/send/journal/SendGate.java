package dev.campaigncrm.send.journal;

import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.send.SendResult;
import java.util.Optional;

/**
 * Decides when a message may be handed to the server — a rate limit, a sending window. {@code JournaledMailer} asks
 * it before writing a lead's intent, so that a run killed while messages wait for their turn leaves them unsent
 * rather than uncertain.
 */
public interface SendGate {

    /**
     * Waits for the message's turn: empty when it may go now, or the result to record instead (e.g. skipped because
     * the sending window is closed, failed because the wait was interrupted).
     */
    Optional<SendResult> admit(EmailDraft draft);

    /** The limits in force, for logs and descriptions; empty when none. */
    default String limits() {
        return "";
    }

    /** Told how a message it admitted ended, e.g. to pause after consecutive failures. */
    default void settled(SendResult result) {
    }
}
