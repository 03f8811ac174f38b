package dev.campaigncrm.send;

/** What happened when a lead's email was handed to the mailer. */
public enum SendStatus {
    /** The server accepted the message. */
    SENT,
    /** The server refused it or could not be reached; the reason is kept. */
    FAILED,
    /** Not attempted, e.g. an earlier stage failed for this lead; the reason is kept. */
    SKIPPED,
    /**
     * Perhaps delivered, perhaps not: the connection broke after the whole message was handed over but before the
     * server confirmed it, or an earlier run stopped mid-send. Not counted as sent and not resent unless asked to.
     */
    UNCERTAIN;

    /** Lower-case name for the artifacts. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
