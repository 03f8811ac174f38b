package dev.campaigncrm.store.jdbc;

import dev.campaigncrm.store.WorkLeases;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link WorkLeases} in the store's {@code work_leases} table. A claim first inserts the missing rows (committed, so
 * every worker sees them), then locks the rows it asks for with {@code SELECT ... FOR UPDATE SKIP LOCKED} on
 * PostgreSQL — rows another worker is claiming at that moment are passed over, not waited for — and takes the free
 * ones. Items are handled in sorted order, so two claims never wait on each other in a cycle.
 */
final class JdbcLeases implements WorkLeases {

    /** Items per statement (an IN list of at most this many parameters). */
    private static final int CHUNK = 500;

    private final ConnectionPool pool;
    private final Dialect dialect;
    private final String where;

    JdbcLeases(ConnectionPool pool, Dialect dialect, String where) {
        this.pool = pool;
        this.dialect = dialect;
        this.where = where;
    }

    /** A lease row as read. */
    private record Row(String item, String owner, long expiresAt, boolean done) {
    }

    /** Inserts the missing rows, then takes those free, expired or the worker's own. */
    @Override
    public Claim claim(String campaignId, String worker, Collection<String> items, Instant now, Duration lease) {
        List<String> sorted = sorted(campaignId, worker, items);
        long nowMs = now.toEpochMilli();
        long until = now.plus(lease).toEpochMilli();
        Set<String> taken = new HashSet<>();
        Set<String> done = new HashSet<>();
        for (List<String> chunk : chunks(sorted)) {
            StoreFailure.call(where, "add " + chunk.size() + " work item(s) of " + campaignId, () ->
                    pool.inTransaction(c -> {
                        Sql.batch(c, "INSERT INTO work_leases (campaign_id, item, owner, expires_at, done)"
                                        + " VALUES (?, ?, '', 0, 0) ON CONFLICT (campaign_id, item) DO NOTHING",
                                chunk.stream().map(i -> new Object[] {campaignId, i}).toList());
                        return null;
                    }));
            StoreFailure.call(where, "claim " + chunk.size() + " work item(s) of " + campaignId, () ->
                    pool.inTransaction(c -> {
                        List<Row> rows = select(c, campaignId, chunk, dialect.skipLocked());
                        List<Object[]> take = new ArrayList<>();
                        for (Row r : rows) {
                            if (r.done()) {
                                done.add(r.item());
                            } else if (r.owner().equals(worker) || r.expiresAt() <= nowMs) {
                                take.add(new Object[] {worker, until, campaignId, r.item()});
                                taken.add(r.item());
                            }
                        }
                        Sql.batch(c, "UPDATE work_leases SET owner = ?, expires_at = ? WHERE campaign_id = ?"
                                + " AND item = ?", take);
                        return null;
                    }));
        }
        return new Claim(taken, done);
    }

    /** Extends the worker's own, not done leases; those it still holds. */
    @Override
    public Set<String> renew(String campaignId, String worker, Collection<String> items, Instant now,
                             Duration lease) {
        List<String> sorted = sorted(campaignId, worker, items);
        long until = now.plus(lease).toEpochMilli();
        Set<String> held = new HashSet<>();
        for (List<String> chunk : chunks(sorted)) {
            StoreFailure.call(where, "renew " + chunk.size() + " lease(s) of " + campaignId, () ->
                    pool.inTransaction(c -> {
                        Sql.update(c, "UPDATE work_leases SET expires_at = ? WHERE campaign_id = ? AND owner = ?"
                                + " AND done = 0 AND item IN (" + marks(chunk) + ")", params(until, campaignId,
                                worker, chunk));
                        held.addAll(Sql.query(c, "SELECT item FROM work_leases WHERE campaign_id = ? AND owner = ?"
                                        + " AND done = 0 AND item IN (" + marks(chunk) + ")",
                                rs -> rs.getString("item"), params(null, campaignId, worker, chunk)));
                        return null;
                    }));
        }
        return Set.copyOf(held);
    }

    /** Frees the worker's own, not done leases. */
    @Override
    public void release(String campaignId, String worker, Collection<String> items) {
        List<String> sorted = sorted(campaignId, worker, items);
        for (List<String> chunk : chunks(sorted)) {
            StoreFailure.call(where, "release " + chunk.size() + " lease(s) of " + campaignId, () ->
                    pool.inTransaction(c -> Sql.update(c, "UPDATE work_leases SET owner = '', expires_at = 0"
                            + " WHERE campaign_id = ? AND owner = ? AND done = 0 AND item IN (" + marks(chunk) + ")",
                            params(null, campaignId, worker, chunk))));
        }
    }

    /** Marks the items done, inserting the rows of items never claimed. */
    @Override
    public void complete(String campaignId, Collection<String> items) {
        List<String> sorted = sorted(campaignId, "", items);
        for (List<String> chunk : chunks(sorted)) {
            StoreFailure.call(where, "complete " + chunk.size() + " work item(s) of " + campaignId, () ->
                    pool.inTransaction(c -> {
                        Sql.batch(c, "INSERT INTO work_leases (campaign_id, item, owner, expires_at, done)"
                                        + " VALUES (?, ?, '', 0, 1) ON CONFLICT (campaign_id, item) DO UPDATE"
                                        + " SET owner = '', expires_at = 0, done = 1",
                                chunk.stream().map(i -> new Object[] {campaignId, i}).toList());
                        return null;
                    }));
        }
    }

    private static List<Row> select(Connection c, String campaignId, List<String> chunk, String lock)
            throws SQLException {
        return Sql.query(c, "SELECT item, owner, expires_at, done FROM work_leases WHERE campaign_id = ? AND item IN ("
                        + marks(chunk) + ") ORDER BY item" + lock,
                rs -> new Row(rs.getString("item"), rs.getString("owner"), rs.getLong("expires_at"),
                        rs.getInt("done") == 1), params(null, campaignId, null, chunk));
    }

    /** The leading parameters that are not null, then the items. */
    private static Object[] params(Long until, String campaignId, String worker, List<String> items) {
        List<Object> out = new ArrayList<>();
        if (until != null) {
            out.add(until);
        }
        out.add(campaignId);
        if (worker != null) {
            out.add(worker);
        }
        out.addAll(items);
        return out.toArray();
    }

    private static String marks(List<String> chunk) {
        return String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
    }

    private static List<String> sorted(String campaignId, String worker, Collection<String> items) {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(items, "items").forEach(i -> Objects.requireNonNull(i, "item"));
        return List.copyOf(new TreeSet<>(items));
    }

    private static List<List<String>> chunks(List<String> items) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i += CHUNK) {
            out.add(items.subList(i, Math.min(items.size(), i + CHUNK)));
        }
        return out;
    }
}
