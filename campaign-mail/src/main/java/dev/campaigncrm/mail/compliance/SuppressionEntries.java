package dev.campaigncrm.mail.compliance;

import dev.campaigncrm.mail.internal.HeaderText;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Normalises and validates suppression entries, the same way for every list. */
final class SuppressionEntries {

    private static final int MAX_EMAIL = 254;
    private static final int MAX_REASON = 200;

    private SuppressionEntries() {
    }

    /** The lookup key of {@code email} (trimmed, lower-cased), or empty when it cannot be an address. */
    public static Optional<String> key(String email) {
        if (email == null) {
            return Optional.empty();
        }
        String e = email.strip();
        if (e.isEmpty() || e.length() > MAX_EMAIL || e.chars().anyMatch(c -> Character.isISOControl(c)
                || Character.isWhitespace(c))) {
            return Optional.empty();
        }
        return Optional.of(e.toLowerCase(Locale.ROOT));
    }

    /**
     * A validated entry: the address normalised, the reason on one line and at most 200 characters.
     *
     * @throws IllegalArgumentException when the address is blank, too long or contains spaces or control characters
     */
    public static Suppression entry(String email, String reason, Instant date) {
        Objects.requireNonNull(date, "date");
        String key = key(email).orElseThrow(() -> new IllegalArgumentException(
                "a suppressed address must be one address of at most " + MAX_EMAIL
                        + " characters without spaces or control characters"));
        String r = HeaderText.sanitize(reason);
        if (r.isEmpty()) {
            r = "suppressed";
        }
        if (r.length() > MAX_REASON) {
            r = r.substring(0, MAX_REASON);
        }
        return new Suppression(key, r, date);
    }
}
