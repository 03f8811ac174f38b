package dev.campaigncrm.sheets.internal;

/**
 * An error answer of the Sheets API or its token endpoint, or a request that got no answer: the HTTP status (0 when
 * none came), the API's status word (e.g. {@code PERMISSION_DENIED}, {@code invalid_grant}) and its message. The
 * message never holds a credential: the authorizer's secrets are redacted before it is built.
 */
public final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final String status;
    private final String detail;

    /** An error with the status the API gave and its message. */
    public ApiError(int httpStatus, String status, String detail) {
        super(httpStatus == 0 ? status + ": " + detail : httpStatus + " " + status + ": " + detail);
        this.httpStatus = httpStatus;
        this.status = status;
        this.detail = detail;
    }

    /** The HTTP status, or 0 when no answer came. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The API's status word, e.g. {@code NOT_FOUND}. */
    public String status() {
        return status;
    }

    /** The API's message alone. */
    public String detail() {
        return detail;
    }
}
