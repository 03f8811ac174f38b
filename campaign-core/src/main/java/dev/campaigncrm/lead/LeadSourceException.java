package dev.campaigncrm.lead;

/** A lead source that cannot be read at all; the message names the file and, where known, the line and field. */
public class LeadSourceException extends RuntimeException {

    /** Creates the exception with a message a person can act on. */
    public LeadSourceException(String message) {
        super(message);
    }

    /** Creates the exception with its cause. */
    public LeadSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
