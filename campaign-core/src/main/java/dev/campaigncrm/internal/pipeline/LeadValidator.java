package dev.campaigncrm.internal.pipeline;

import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.lead.LeadField;
import dev.campaigncrm.lead.RejectedRow;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks every lead, whatever its source, before any work is done for it: an address that a mail server would accept
 * as exactly one recipient, seen once in the campaign. The addresses seen are kept off the heap ({@link SeenEmails});
 * {@link #close()} deletes them. Not thread-safe: the reader thread calls it in source order.
 */
final class LeadValidator implements AutoCloseable {

    /** One mailbox: no spaces, quotes, commas, angle brackets or control characters; a dotted domain. */
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private final SeenEmails seen = new SeenEmails();

    /** The reason the lead cannot be used, or empty when it can. */
    Optional<RejectedRow> check(Lead lead) {
        String email = lead.email();
        if (email.isEmpty()) {
            return reject(lead, "missing email");
        }
        if (!EMAIL.matcher(email).matches() || email.contains("..") || email.length() > 254) {
            return reject(lead, "malformed email '" + printable(email) + "'");
        }
        String key = email.toLowerCase(Locale.ROOT);
        Optional<String> earlier = seen.firstSeen(key, lead.source().toString());
        if (earlier.isPresent()) {
            return reject(lead, "duplicate email '" + email + "', first seen at " + earlier.get());
        }
        return Optional.empty();
    }

    /** Forgets the addresses seen (deletes their files). */
    @Override
    public void close() {
        seen.close();
    }

    private static Optional<RejectedRow> reject(Lead lead, String reason) {
        return Optional.of(new RejectedRow(lead.source(), LeadField.EMAIL.column(), reason, raw(lead)));
    }

    /** The lead's fields joined as a CSV line, for the rejected file. */
    static String raw(Lead lead) {
        return RejectedRow.joinRaw(Stream.concat(Stream.of(LeadField.values()).map(lead::get),
                lead.extra().values().stream()).toList());
    }

    private static String printable(String s) {
        return s.replaceAll("\\p{Cntrl}", "?");
    }
}
