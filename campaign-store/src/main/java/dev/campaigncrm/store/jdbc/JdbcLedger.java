package dev.campaigncrm.store.jdbc;

import dev.campaigncrm.send.journal.JournalEvent;
import dev.campaigncrm.send.journal.JournalRecord;
import dev.campaigncrm.send.journal.SendLedger;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The send ledger in the store's {@code send_events} table, with the file journal's rules: each append is committed
 * before it returns; {@link #latest} is the first SENT record of a lead, step and attempt when there is one (a
 * message accepted stays sent), else the latest record. Thread-safe through the store's connection pool.
 */
final class JdbcLedger implements SendLedger {

    private static final String COLUMNS =
            "campaign_id, lead_id, step, attempt, email, message_id, event, event_at, reason";

    private final ConnectionPool pool;
    private final String where;

    JdbcLedger(ConnectionPool pool, String where) {
        this.pool = pool;
        this.where = where;
    }

    /** Inserts and commits the record. */
    @Override
    public void append(JournalRecord r) throws IOException {
        Objects.requireNonNull(r, "record");
        try {
            pool.inTransaction(c -> Sql.update(c, "INSERT INTO send_events (" + COLUMNS
                            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", r.campaignId(), r.leadId(), r.step(), r.attempt(),
                    r.email(), r.messageId(), r.event().name(), TextCodec.instant(r.at()), r.reason()));
        } catch (SQLException e) {
            throw new IOException("cannot record " + r.event() + " for lead " + r.leadId() + " in " + describe()
                    + ": " + e.getMessage(), e);
        }
    }

    /** The first SENT record of the key, else its latest. */
    @Override
    public Optional<JournalRecord> latest(String campaignId, String leadId, int step, int attempt) {
        List<JournalRecord> found = StoreFailure.call(where, "read the send ledger", () -> pool.inTransaction(c ->
                Sql.query(c, "SELECT " + COLUMNS + " FROM send_events WHERE campaign_id = ? AND lead_id = ? AND step = ?"
                        + " AND attempt = ? ORDER BY CASE WHEN event = 'SENT' THEN 0 ELSE 1 END,"
                        + " CASE WHEN event = 'SENT' THEN id ELSE -id END LIMIT 1",
                        JdbcLedger::read, campaignId, leadId, step, attempt)));
        return found.stream().findFirst();
    }

    /** Every record, in insertion order. */
    @Override
    public List<JournalRecord> records() {
        return StoreFailure.call(where, "read the send ledger", () -> pool.inTransaction(c ->
                Sql.query(c, "SELECT " + COLUMNS + " FROM send_events ORDER BY id", JdbcLedger::read)));
    }

    /** E.g. {@code store sqlite:/path/campaign.db}. */
    @Override
    public String describe() {
        return "store " + where;
    }

    private static JournalRecord read(ResultSet rs) throws SQLException {
        return new JournalRecord(rs.getString("campaign_id"), rs.getString("lead_id"), rs.getInt("step"),
                rs.getInt("attempt"), rs.getString("email"), rs.getString("message_id"),
                JournalEvent.valueOf(rs.getString("event")), TextCodec.instant(rs.getString("event_at")),
                rs.getString("reason"));
    }
}
