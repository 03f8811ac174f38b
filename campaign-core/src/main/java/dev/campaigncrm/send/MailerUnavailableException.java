package dev.campaigncrm.send;

/** The mail server cannot be used at all; the message names host, port and what to start or configure. */
public class MailerUnavailableException extends RuntimeException {

    /** Creates the exception with a message a person can act on. */
    public MailerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
