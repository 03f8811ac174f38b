package dev.campaigncrm.mail.compliance;

import java.time.Instant;
import java.util.Optional;

/**
 * The addresses a campaign must never mail (unsubscribed, hard-bounced, asked by hand), checked before every send by
 * {@link SuppressingMailer}. Addresses compare case-insensitively. Implementations are safe for concurrent use.
 */
public interface SuppressionList {

    /** The entry for {@code email}, if the address is suppressed. */
    Optional<Suppression> find(String email);

    /**
     * Suppresses {@code email} from {@code date} on, for {@code reason}; an address already listed keeps its first
     * entry.
     *
     * @return true when the address was not listed before
     * @throws IllegalArgumentException when the address is blank, too long or contains control characters
     */
    boolean add(String email, String reason, Instant date);

    /** True when {@code email} is suppressed. */
    default boolean contains(String email) {
        return find(email).isPresent();
    }

    /** Records that the owner of {@code email} asked to unsubscribe (reason {@code unsubscribed}). */
    default boolean recordUnsubscribe(String email, Instant date) {
        return add(email, "unsubscribed", date);
    }

    /**
     * Records a permanent delivery failure with its status, e.g. {@code 5.1.1} (reason {@code hard bounce 5.1.1}).
     * Only hard (5.x.x) bounces belong here: a soft bounce is a reason to retry later, not to stop.
     */
    default boolean recordHardBounce(String email, String status, Instant date) {
        String s = status == null ? "" : status.strip();
        return add(email, s.isEmpty() ? "hard bounce" : "hard bounce " + s, date);
    }

    /** A list kept in memory only, e.g. for tests or a single run. */
    static SuppressionList inMemory() {
        return new InMemorySuppressionList();
    }
}
