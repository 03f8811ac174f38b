package dev.campaigncrm.run;

/** A campaign that cannot run at all (a missing module, an unreadable source, an unreachable server). */
public class CampaignException extends RuntimeException {

    /** Creates the exception with a message a person can act on. */
    public CampaignException(String message) {
        super(message);
    }

    /** Creates the exception with its cause. */
    public CampaignException(String message, Throwable cause) {
        super(message, cause);
    }
}
