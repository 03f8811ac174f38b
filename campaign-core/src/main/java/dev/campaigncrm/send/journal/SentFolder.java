package dev.campaigncrm.send.journal;

/**
 * Tells whether a message reached the sender's Sent folder (e.g. searched over IMAP by Message-ID), to settle a
 * lead an earlier run left uncertain.
 */
@FunctionalInterface
public interface SentFolder {

    /** What a look-up in the Sent folder found. */
    enum Presence {
        /** A message with that Message-ID is in the folder: it was sent. */
        FOUND,
        /** The folder was read and holds no message with that Message-ID. */
        NOT_FOUND,
        /** The folder could not be read (no connection, login refused, no such folder, not a Message-ID). */
        UNKNOWN
    }

    /**
     * {@link Presence#FOUND} when a message with {@code messageId} is there, {@link Presence#NOT_FOUND} when the folder
     * was read and it is not, {@link Presence#UNKNOWN} when it cannot tell.
     */
    Presence contains(String messageId);

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
