package dev.campaigncrm.mail.imap;

/** The mailbox could not be read (connection, login, folder or state file); the message never holds a password. */
public final class ImapException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An error with a cause. */
    public ImapException(String message, Throwable cause) {
        super(message, cause);
    }

    /** An error without a cause. */
    public ImapException(String message) {
        super(message);
    }
}
