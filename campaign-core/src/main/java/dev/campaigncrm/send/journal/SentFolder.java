package dev.campaigncrm.send.journal;

import java.util.Optional;

/**
 * Tells whether a message reached the sender's Sent folder (e.g. searched over IMAP by Message-ID), to settle a
 * lead an earlier run left uncertain.
 */
@FunctionalInterface
public interface SentFolder {

    /** True when a message with {@code messageId} is there, false when it is not, empty when it cannot tell. */
    Optional<Boolean> contains(String messageId);

    /**
     * True when every message the server accepted is certain to be in this folder (the provider files each SMTP
     * submission itself, as Gmail does). Only then does "not found" mean "not sent" and the lead is sent; otherwise a
     * message accepted just before a crash, or before a copy to the folder was made, could be missing, so the lead
     * stays uncertain rather than risk a second email.
     */
    default boolean complete() {
        return false;
    }
}
