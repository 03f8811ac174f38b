package dev.campaigncrm.mail.compliance;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One address that must not be mailed again.
 *
 * @param email   the address, lower-cased
 * @param reason  why, e.g. {@code unsubscribed} or {@code hard bounce 5.1.1}; one line
 * @param addedAt when it was added
 */
public record Suppression(String email, String reason, Instant addedAt) {

    /** Requires every part. */
    public Suppression {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(addedAt, "addedAt");
    }

    /** The reason a skipped send reports: {@code suppressed: <reason> since <yyyy-mm-dd>} (UTC date). */
    public String skipReason() {
        return "suppressed: " + reason + " since " + addedAt.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
