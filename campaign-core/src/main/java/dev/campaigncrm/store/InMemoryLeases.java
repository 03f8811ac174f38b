package dev.campaigncrm.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** {@link WorkLeases} in memory, for the workers of one process; not durable. Thread-safe. */
final class InMemoryLeases implements WorkLeases {

    private record Key(String campaignId, String item) {
    }

    /** Who holds an item until when; done items are never claimed again. */
    private record Lease(String owner, Instant until, boolean done) {
    }

    private final Map<Key, Lease> leases = new HashMap<>();

    /** Takes the items that are free, expired or the worker's own. */
    @Override
    public synchronized Claim claim(String campaignId, String worker, Collection<String> items, Instant now,
                                    Duration lease) {
        check(campaignId, worker, items);
        Set<String> taken = new HashSet<>();
        Set<String> done = new HashSet<>();
        for (String item : items) {
            Key k = new Key(campaignId, item);
            Lease l = leases.get(k);
            if (l != null && l.done()) {
                done.add(item);
            } else if (l == null || l.owner().equals(worker) || !l.until().isAfter(now)) {
                leases.put(k, new Lease(worker, now.plus(lease), false));
                taken.add(item);
            }
        }
        return new Claim(taken, done);
    }

    /** Extends the worker's own leases. */
    @Override
    public synchronized Set<String> renew(String campaignId, String worker, Collection<String> items, Instant now,
                                          Duration lease) {
        check(campaignId, worker, items);
        Set<String> held = new HashSet<>();
        for (String item : items) {
            Key k = new Key(campaignId, item);
            Lease l = leases.get(k);
            if (l != null && !l.done() && l.owner().equals(worker)) {
                leases.put(k, new Lease(worker, now.plus(lease), false));
                held.add(item);
            }
        }
        return Set.copyOf(held);
    }

    /** Frees the worker's own leases. */
    @Override
    public synchronized void release(String campaignId, String worker, Collection<String> items) {
        check(campaignId, worker, items);
        for (String item : items) {
            Key k = new Key(campaignId, item);
            Lease l = leases.get(k);
            if (l != null && !l.done() && l.owner().equals(worker)) {
                leases.remove(k);
            }
        }
    }

    /** Marks the items done. */
    @Override
    public synchronized void complete(String campaignId, Collection<String> items) {
        check(campaignId, "", items);
        for (String item : items) {
            leases.put(new Key(campaignId, item), new Lease("", Instant.MAX, true));
        }
    }

    private static void check(String campaignId, String worker, Collection<String> items) {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(items, "items").forEach(i -> Objects.requireNonNull(i, "item"));
    }
}
