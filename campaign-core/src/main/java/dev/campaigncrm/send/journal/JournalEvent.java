package dev.campaigncrm.send.journal;

/** What a journal line records about one lead's message. */
public enum JournalEvent {
    /** About to be handed to the SMTP server; written (and on disk) before the transaction starts. */
    INTENT,
    /** Accepted by the server. */
    SENT,
    /** Refused or not delivered; a later run may try again. */
    FAILED,
    /** Not attempted by the mailer (e.g. suppressed); a later run may try again. */
    SKIPPED,
    /** The connection broke after the message was handed over, before the server confirmed it. */
    UNCERTAIN
}
