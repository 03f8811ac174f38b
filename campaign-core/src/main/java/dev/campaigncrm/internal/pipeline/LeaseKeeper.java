package dev.campaigncrm.internal.pipeline;

import dev.campaigncrm.store.WorkLeases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One worker's leases on a campaign's work items: claims them, renews those it holds every third of a lease on a
 * thread of its own, and says whether an item is still safely held (its confirmed lease runs at least a third of a
 * lease longer), so that a worker that could not renew — paused, cut off from the database — stops before sending.
 * Closing it releases what it still holds.
 */
final class LeaseKeeper implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LeaseKeeper.class);

    private final WorkLeases leases;
    private final String campaignId;
    private final String worker;
    private final Duration lease;
    private final Clock clock;
    /** The items held, each with the end of its lease as last confirmed by the store. */
    private final Map<String, Instant> held = new ConcurrentHashMap<>();
    private final ScheduledExecutorService renewer;

    LeaseKeeper(WorkLeases leases, String campaignId, String worker, Duration lease, Clock clock) {
        this.leases = leases;
        this.campaignId = campaignId;
        this.worker = worker;
        this.lease = lease;
        this.clock = clock;
        this.renewer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "campaign-lease-renewer");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1, lease.toMillis() / 3);
        renewer.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
    }

    /** The worker's id. */
    String worker() {
        return worker;
    }

    /** The lease's length. */
    Duration lease() {
        return lease;
    }

    /** Claims the items; those taken are held (and renewed) until completed or released. */
    WorkLeases.Claim claim(Collection<String> items) {
        Instant now = clock.instant();
        WorkLeases.Claim c = leases.claim(campaignId, worker, items, now, lease);
        Instant until = now.plus(lease);
        c.taken().forEach(i -> held.put(i, until));
        return c;
    }

    /** True while the item's lease, as last confirmed, runs at least a third of a lease longer. */
    boolean holds(String item) {
        Instant until = held.get(item);
        return until != null && until.isAfter(clock.instant().plus(lease.dividedBy(3)));
    }

    /** Marks the items done; no longer held. */
    void complete(Collection<String> items) {
        if (!items.isEmpty()) {
            leases.complete(campaignId, items);
            items.forEach(held::remove);
        }
    }

    /** Gives the items up for others; no longer held. */
    void release(Collection<String> items) {
        if (!items.isEmpty()) {
            items.forEach(held::remove);
            leases.release(campaignId, worker, items);
        }
    }

    private void renew() {
        List<String> items = List.copyOf(held.keySet());
        if (items.isEmpty()) {
            return;
        }
        try {
            Instant now = clock.instant();
            Set<String> still = leases.renew(campaignId, worker, items, now, lease);
            Instant until = now.plus(lease);
            for (String i : items) {
                if (still.contains(i)) {
                    held.computeIfPresent(i, (k, v) -> until);
                } else if (held.remove(i) != null) {
                    log.warn("worker {} lost its lease on {} of campaign {}: another worker took it over", worker, i,
                            campaignId);
                }
            }
        } catch (RuntimeException e) {
            log.warn("worker {} could not renew {} lease(s) of campaign {}: {}", worker, items.size(), campaignId,
                    CampaignRunner.reason(e));
        }
    }

    /** Stops renewing and releases what is still held. */
    @Override
    public void close() {
        renewer.shutdownNow();
        List<String> rest = List.copyOf(held.keySet());
        held.clear();
        if (!rest.isEmpty()) {
            try {
                leases.release(campaignId, worker, rest);
            } catch (RuntimeException e) {
                log.warn("worker {} could not release {} lease(s) of campaign {} (they expire): {}", worker,
                        rest.size(), campaignId, CampaignRunner.reason(e));
            }
        }
    }
}
