package dev.campaigncrm.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * Expiring leases on a campaign's units of work (e.g. {@code analyse:L007}, {@code send:2:1:L007}), so that workers
 * sharing one {@link CampaignStore} divide the work: an item is worked on by the one worker holding its lease, until
 * it is {@link #complete completed} (never claimed again) or {@link #release released}; a lease that is not renewed
 * expires, and another worker may then take the item over. Times are the workers' clocks (keep them in step, e.g. by
 * NTP, to well within a lease). Thread-safe; every call is durable when it returns.
 */
public interface WorkLeases {

    /**
     * What a {@link #claim} found.
     *
     * @param taken the items now leased to the caller (free, expired, or already the caller's)
     * @param done  the items completed earlier (by anyone); the rest of the items asked for are held by others
     */
    record Claim(Set<String> taken, Set<String> done) {

        /** Copies the sets. */
        public Claim {
            taken = Set.copyOf(taken);
            done = Set.copyOf(done);
        }
    }

    /**
     * Leases to {@code worker}, until {@code now + lease}, those of {@code items} that are neither completed nor
     * held by another worker whose lease runs past {@code now}; on PostgreSQL an item another worker is claiming at
     * this moment is skipped (SKIP LOCKED), not waited for.
     */
    Claim claim(String campaignId, String worker, Collection<String> items, Instant now, Duration lease);

    /** Extends {@code worker}'s leases on these items to {@code now + lease}; the items it still holds. */
    Set<String> renew(String campaignId, String worker, Collection<String> items, Instant now, Duration lease);

    /** Gives up {@code worker}'s leases on these items (not done: another worker may claim them at once). */
    void release(String campaignId, String worker, Collection<String> items);

    /** Marks these items done, whoever holds them: no one claims them again. */
    void complete(String campaignId, Collection<String> items);
}
