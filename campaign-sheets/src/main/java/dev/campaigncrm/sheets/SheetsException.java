package dev.campaigncrm.sheets;

/**
 * A Sheets call that failed: the API's answer (HTTP status and status word, e.g. {@code 403 PERMISSION_DENIED}) and a
 * message a person can act on. Never holds an API key, a private key or an access token.
 */
public class SheetsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final String status;

    /** An exception with the API's status (0 and a word such as {@code UNAVAILABLE} when no answer came). */
    public SheetsException(String message, int httpStatus, String status) {
        super(message);
        this.httpStatus = httpStatus;
        this.status = status;
    }

    /** The HTTP status of the answer, or 0 when no answer came. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The API's status word, e.g. {@code NOT_FOUND} or {@code invalid_grant}; {@code CONFIGURATION} for setup. */
    public String status() {
        return status;
    }
}
