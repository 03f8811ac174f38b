package dev.campaigncrm.mail.bounce;

import java.util.Objects;

/**
 * A delivery failure read from the mailbox, for a suppression list: whom it concerns and how final it is.
 *
 * @param leadId     the lead the bounced message was sent to, or empty when it could not be attributed
 * @param email      the address that failed (the lead's address when attributed, else the report's recipient)
 * @param type       hard (5.x.x) or soft (4.x.x or unknown)
 * @param statusCode the enhanced status code, e.g. {@code 5.1.1}, or empty when the report states none
 * @param diagnostic the server's explanation, one sanitised line (may be empty)
 */
public record BounceReport(String leadId, String email, BounceType type, String statusCode, String diagnostic) {

    /** Normalises nulls to empty text; the type is required. */
    public BounceReport {
        leadId = leadId == null ? "" : leadId;
        email = email == null ? "" : email;
        Objects.requireNonNull(type, "type");
        statusCode = statusCode == null ? "" : statusCode;
        diagnostic = diagnostic == null ? "" : diagnostic;
    }

    /** True for a permanent failure. */
    public boolean hard() {
        return type == BounceType.HARD;
    }

    /** True when the bounce names a lead of this campaign. */
    public boolean attributed() {
        return !leadId.isEmpty();
    }

    /** The {@code X-Campaign-Bounce} header value, e.g. {@code hard 5.1.1} (or just {@code soft}). */
    public String headerValue() {
        return statusCode.isEmpty() ? type.label() : type.label() + " " + statusCode;
    }
}
