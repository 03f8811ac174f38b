package dev.campaigncrm.store.jdbc;

import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.compose.EmailStep;
import dev.campaigncrm.compose.Tone;
import dev.campaigncrm.compose.Urgency;
import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.reply.Reply;
import dev.campaigncrm.reply.ReplyCategory;
import dev.campaigncrm.reply.ReplyClassification;
import dev.campaigncrm.run.CampaignException;
import dev.campaigncrm.send.SendResult;
import dev.campaigncrm.send.SendStatus;
import dev.campaigncrm.send.journal.SendLedger;
import dev.campaigncrm.sequence.LeadProgress;
import dev.campaigncrm.sequence.Sequence;
import dev.campaigncrm.sequence.SequenceMessage;
import dev.campaigncrm.sequence.SequenceState;
import dev.campaigncrm.store.CampaignStore;
import dev.campaigncrm.store.StoreOrder;
import dev.campaigncrm.store.StoredLead;
import dev.campaigncrm.store.StoredReply;
import dev.campaigncrm.store.SendSlots;
import dev.campaigncrm.store.WorkLeases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link CampaignStore} over JDBC: SQLite by default ({@link #sqlite(Path)}: one file, WAL, synchronous FULL, one
 * process at a time), or PostgreSQL ({@link #builder()}, {@link #open(String, Map)}). The schema is created and
 * migrated on open. Every write is committed before its method returns. Thread-safe: SQLite uses one connection
 * (one writer, serialised in Java), PostgreSQL a few.
 */
public final class JdbcCampaignStore implements CampaignStore {

    private static final Logger log = LoggerFactory.getLogger(JdbcCampaignStore.class);
    private static final int SQLITE_BUSY_TIMEOUT_MS = 10_000;
    private static final int POSTGRES_CONNECTIONS = 4;

    private final String where;
    private final ConnectionPool pool;
    private final StoreLock lock;
    private final JdbcLedger ledger;
    private final Dialect dialect;
    private final JdbcLeases leases;

    private JdbcCampaignStore(String where, Dialect dialect, ConnectionPool pool, StoreLock lock) {
        this.where = where;
        this.dialect = dialect;
        this.pool = pool;
        this.lock = lock;
        this.ledger = new JdbcLedger(pool, where);
        this.leases = new JdbcLeases(pool, dialect, where);
    }

    /**
     * The store in the SQLite file {@code file}, created with its folders when missing.
     *
     * @throws IllegalStateException when another store has the file open (in this process or another)
     * @throws CampaignException     when the database cannot be opened or migrated
     */
    public static JdbcCampaignStore sqlite(Path file) {
        Objects.requireNonNull(file, "file");
        Path db = file.toAbsolutePath().normalize();
        try {
            if (db.getParent() != null) {
                Files.createDirectories(db.getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the folder of the campaign store " + db + ": "
                    + e.getMessage(), e);
        }
        StoreLock lock = StoreLock.acquire(db);
        String url = "jdbc:sqlite:" + db;
        ConnectionPool pool = new ConnectionPool(() -> {
            Connection c = DriverManager.getConnection(url);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = " + SQLITE_BUSY_TIMEOUT_MS);
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = FULL");
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            return c;
        }, 1);
        return opened("sqlite:" + db, Dialect.SQLITE, pool, lock);
    }

    /** A builder for a store at a JDBC URL, e.g. PostgreSQL. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The store at {@code url}: {@code jdbc:sqlite:<file>} or {@code jdbc:postgresql://HOST:PORT/DB}, the user and
     * password from the URL's {@code user}/{@code password} parameters, else from {@code PGUSER}/{@code PGPASSWORD}
     * in {@code env}.
     *
     * @throws IllegalArgumentException naming the URL (without secrets) when it is neither
     */
    public static JdbcCampaignStore open(String url, Map<String, String> env) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(env, "env");
        if (Dialect.of(url) == Dialect.SQLITE) {
            String path = url.substring("jdbc:sqlite:".length());
            int q = path.indexOf('?');
            path = q < 0 ? path : path.substring(0, q);
            if (path.isBlank() || path.equals(":memory:")) {
                throw new IllegalArgumentException("a SQLite campaign store needs a file: jdbc:sqlite:<path>, not '"
                        + url + "'");
            }
            return sqlite(Path.of(path));
        }
        Map<String, String> params = JdbcUrls.parameters(url);
        Builder b = builder().url(url);
        String user = params.getOrDefault("user", env.get("PGUSER"));
        String password = params.getOrDefault("password", env.get("PGPASSWORD"));
        if (user != null && !user.isBlank()) {
            b.user(user);
        }
        if (password != null) {
            b.password(password);
        }
        return b.build();
    }

    private static JdbcCampaignStore opened(String where, Dialect dialect, ConnectionPool pool, StoreLock lock) {
        try {
            int version = Migrations.apply(pool, dialect, where);
            log.debug("campaign store {} at schema version {}", where, version);
            return new JdbcCampaignStore(where, dialect, pool, lock);
        } catch (SQLException | RuntimeException e) {
            pool.close();
            if (lock != null) {
                lock.close();
            }
            if (e instanceof SQLException sql) {
                throw new CampaignException("Cannot open the campaign store " + where + ": " + sql.getMessage(), sql);
            }
            throw (RuntimeException) e;
        }
    }

    /** E.g. {@code sqlite:/path/campaign.db} or {@code postgresql://db:5432/crm (user crm)}; never a password. */
    @Override
    public String describe() {
        return where;
    }

    /** Records the campaign with its sequence, or changes its sequence. */
    @Override
    public void openCampaign(String campaignId, Sequence sequence) {
        id(campaignId);
        Objects.requireNonNull(sequence, "sequence");
        String now = TextCodec.instant(Instant.now());
        write("open campaign " + campaignId, c -> Sql.update(c, "INSERT INTO campaigns (id, sequence, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET sequence = excluded.sequence,"
                + " updated_at = excluded.updated_at", campaignId, sequence.describe(), now, now));
    }

    /** The campaign's sequence, empty when it was never opened. */
    public java.util.Optional<Sequence> sequence(String campaignId) {
        id(campaignId);
        List<String> s = read("read campaign " + campaignId, c -> Sql.query(c,
                "SELECT sequence FROM campaigns WHERE id = ?", rs -> rs.getString("sequence"), campaignId));
        return s.stream().findFirst().map(Sequence::parse);
    }

    /** The ids of the campaign's leads. */
    @Override
    public Set<String> leadIds(String campaignId) {
        id(campaignId);
        return Set.copyOf(new LinkedHashSet<>(read("read the leads of " + campaignId, c -> Sql.query(c,
                "SELECT lead_id FROM leads WHERE campaign_id = ?", rs -> rs.getString("lead_id"), campaignId))));
    }

    /** Adds the lead unless the campaign holds its id. */
    @Override
    public void addLead(String campaignId, StoredLead lead) {
        id(campaignId);
        Objects.requireNonNull(lead, "lead");
        write("add lead " + lead.leadId() + " to " + campaignId, c -> {
            LeadRows.insert(c, campaignId, lead);
            return null;
        });
    }

    /** Adds the leads whose ids the campaign does not hold, in one transaction. */
    @Override
    public void addLeads(String campaignId, Collection<StoredLead> leads) {
        id(campaignId);
        List<StoredLead> list = List.copyOf(Objects.requireNonNull(leads, "leads"));
        if (list.isEmpty()) {
            return;
        }
        write("add " + list.size() + " lead(s) to " + campaignId, c -> {
            for (StoredLead lead : list) {
                LeadRows.insert(c, campaignId, lead);
            }
            return null;
        });
    }

    /** The campaign's leads by index. */
    @Override
    public List<StoredLead> leads(String campaignId) {
        id(campaignId);
        return read("read the leads of " + campaignId, c -> Sql.query(c,
                "SELECT * FROM leads WHERE campaign_id = ?", LeadRows::read, campaignId)).stream()
                .sorted(Comparator.comparingInt(StoredLead::index).thenComparing(StoredLead::leadId)).toList();
    }

    /** Saves the message, replacing the one of the same lead, step and attempt. */
    @Override
    public void saveMessage(String campaignId, SequenceMessage m) {
        id(campaignId);
        Objects.requireNonNull(m, "message");
        EmailDraft d = m.draft();
        SendResult s = m.send();
        if (d.leadId() == null) {
            throw new IllegalArgumentException("a message needs its lead's id: " + d.subject());
        }
        if (!Objects.equals(s.leadId(), d.leadId())) {
            throw new IllegalArgumentException("the send result of lead " + s.leadId() + " does not belong to the "
                    + "email for lead " + d.leadId());
        }
        Provenance p = d.provenance();
        write("save the message of lead " + d.leadId() + " step " + m.step() + " in " + campaignId, c -> {
            // an upsert, so that two workers saving the same message at once (one whose lease lapsed) do not collide
            return Sql.update(c, "INSERT INTO messages (campaign_id, lead_id, step, attempt, day, email,"
                            + " recipient_name, subject, body, tone, urgency, personalization_notes, ai_source,"
                            + " ai_fallback_reason, thread, status, sent_to, sent_at, message_id, error, variant)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                            + " ON CONFLICT (campaign_id, lead_id, step, attempt) DO UPDATE SET day = excluded.day,"
                            + " email = excluded.email, recipient_name = excluded.recipient_name,"
                            + " subject = excluded.subject, body = excluded.body, tone = excluded.tone,"
                            + " urgency = excluded.urgency, personalization_notes = excluded.personalization_notes,"
                            + " ai_source = excluded.ai_source, ai_fallback_reason = excluded.ai_fallback_reason,"
                            + " thread = excluded.thread, status = excluded.status, sent_to = excluded.sent_to,"
                            + " sent_at = excluded.sent_at, message_id = excluded.message_id, error = excluded.error,"
                            + " variant = excluded.variant",
                    campaignId, d.leadId(), m.step(), m.attempt(), TextCodec.date(m.day()), d.to(),
                    d.recipientName(), d.subject(), d.body(), d.tone() == null ? null : d.tone().name(),
                    d.urgency() == null ? null : d.urgency().name(), d.personalizationNotes(),
                    p == null ? null : p.source(), p == null ? null : p.fallbackReason(),
                    TextCodec.list(d.step().thread()), s.status() == null ? null : s.status().name(), s.email(),
                    TextCodec.instant(s.at()), s.messageId(), s.error(), d.variant());
        });
    }

    /** The campaign's messages by lead index, step and attempt. */
    @Override
    public List<SequenceMessage> messages(String campaignId) {
        id(campaignId);
        Map<String, Integer> index = new HashMap<>();
        List<SequenceMessage> all = read("read the messages of " + campaignId, c -> {
            Sql.query(c, "SELECT lead_id, idx FROM leads WHERE campaign_id = ?",
                    rs -> index.put(rs.getString("lead_id"), rs.getInt("idx")), campaignId);
            return Sql.query(c, "SELECT * FROM messages WHERE campaign_id = ?", JdbcCampaignStore::message,
                    campaignId);
        });
        return all.stream().sorted(StoreOrder.messages(index)).toList();
    }

    private static SequenceMessage message(ResultSet rs) throws SQLException {
        String leadId = rs.getString("lead_id");
        String tone = rs.getString("tone");
        String urgency = rs.getString("urgency");
        String source = rs.getString("ai_source");
        String status = rs.getString("status");
        EmailDraft d = new EmailDraft(leadId, rs.getString("email"), rs.getString("recipient_name"),
                rs.getString("subject"), rs.getString("body"), tone == null ? null : Tone.valueOf(tone),
                urgency == null ? null : Urgency.valueOf(urgency), rs.getString("personalization_notes"),
                source == null ? null : new Provenance(source, rs.getString("ai_fallback_reason")),
                new EmailStep(rs.getInt("step"), rs.getInt("attempt"), TextCodec.list(rs.getString("thread"))),
                rs.getString("variant"));
        SendResult s = new SendResult(leadId, rs.getString("sent_to"),
                status == null ? null : SendStatus.valueOf(status), TextCodec.instant(rs.getString("sent_at")),
                rs.getString("message_id"), rs.getString("error"));
        return new SequenceMessage(d, s, TextCodec.date(rs.getString("day")));
    }

    /** Adds the reply unless its key is stored; true when it was new. */
    @Override
    public boolean addReply(String campaignId, StoredReply r) {
        id(campaignId);
        Objects.requireNonNull(r, "reply");
        Reply reply = r.reply();
        ReplyClassification k = r.classification();
        Provenance p = k.provenance();
        int added = write("add reply " + r.key() + " to " + campaignId, c -> Sql.update(c,
                "INSERT INTO replies (campaign_id, reply_key, lead_id, step, reply_lead_id, from_address, subject,"
                        + " body, headers, received_at, source, category, confidence, rationale, ai_source,"
                        + " ai_fallback_reason, referral) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (campaign_id, reply_key) DO NOTHING",
                campaignId, r.key(), r.leadId(), r.step(), reply.leadId(), reply.from(), reply.subject(),
                reply.body(), TextCodec.map(reply.headers()), TextCodec.instant(reply.receivedAt()), reply.source(),
                k.category() == null ? null : k.category().name(), k.confidence(), k.rationale(),
                p == null ? null : p.source(), p == null ? null : p.fallbackReason(), k.referral()));
        return added == 1;
    }

    /** The campaign's replies, oldest first (then by key). */
    @Override
    public List<StoredReply> replies(String campaignId) {
        id(campaignId);
        return read("read the replies of " + campaignId, c -> Sql.query(c,
                "SELECT * FROM replies WHERE campaign_id = ?", JdbcCampaignStore::reply, campaignId)).stream()
                .sorted(StoreOrder.replies()).toList();
    }

    private static StoredReply reply(ResultSet rs) throws SQLException {
        String category = rs.getString("category");
        String source = rs.getString("ai_source");
        Reply reply = new Reply(rs.getString("reply_lead_id"), rs.getString("from_address"),
                rs.getString("subject"), rs.getString("body"), TextCodec.map(rs.getString("headers")),
                TextCodec.instant(rs.getString("received_at")), rs.getString("source"));
        ReplyClassification k = new ReplyClassification(category == null ? null : ReplyCategory.valueOf(category),
                rs.getDouble("confidence"), rs.getString("rationale"),
                source == null ? null : new Provenance(source, rs.getString("ai_fallback_reason")),
                rs.getString("referral"));
        return new StoredReply(rs.getString("reply_key"), rs.getString("lead_id"), rs.getInt("step"), reply, k);
    }

    /** Saves these leads' states in one transaction, replacing earlier ones. */
    @Override
    public void saveProgress(String campaignId, Collection<LeadProgress> progress) {
        id(campaignId);
        Map<String, LeadProgress> byLead = new LinkedHashMap<>();
        Objects.requireNonNull(progress, "progress").forEach(p -> byLead.put(p.leadId(), p)); // a lead's last wins
        List<LeadProgress> list = List.copyOf(byLead.values());
        String now = TextCodec.instant(Instant.now());
        // one upsert prepared once and sent in batches: one round trip per batch; an upsert, not a delete and an
        // insert, so that workers saving the same states at once do not collide on the key (issue 10)
        write("save the progress of " + list.size() + " lead(s) in " + campaignId, c -> {
            Sql.batch(c, "INSERT INTO lead_state (campaign_id, lead_id, state, steps_sent, next_step,"
                            + " next_attempt, next_step_on, paused_until, follow_up_on, replied_to, reason,"
                            + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                            + " ON CONFLICT (campaign_id, lead_id) DO UPDATE SET state = excluded.state,"
                            + " steps_sent = excluded.steps_sent, next_step = excluded.next_step,"
                            + " next_attempt = excluded.next_attempt, next_step_on = excluded.next_step_on,"
                            + " paused_until = excluded.paused_until, follow_up_on = excluded.follow_up_on,"
                            + " replied_to = excluded.replied_to, reason = excluded.reason,"
                            + " updated_at = excluded.updated_at",
                    list.stream().map(p -> new Object[] {campaignId, p.leadId(), p.state().label(), p.stepsSent(),
                        p.nextStep(), p.nextAttempt(), TextCodec.date(p.nextStepOn()),
                        TextCodec.date(p.pausedUntil()), TextCodec.date(p.followUpOn()), p.repliedTo(), p.reason(),
                        now}).toList());
            return null;
        });
    }

    /** Each lead's latest state, by lead id. */
    @Override
    public Map<String, LeadProgress> progress(String campaignId) {
        id(campaignId);
        List<LeadProgress> rows = read("read the progress of " + campaignId, c -> Sql.query(c,
                "SELECT * FROM lead_state WHERE campaign_id = ?", rs -> new LeadProgress(rs.getString("lead_id"),
                        SequenceState.valueOf(rs.getString("state").toUpperCase(Locale.ROOT)), rs.getInt("steps_sent"),
                        rs.getInt("next_step"), rs.getInt("next_attempt"),
                        TextCodec.date(rs.getString("next_step_on")), TextCodec.date(rs.getString("paused_until")),
                        TextCodec.date(rs.getString("follow_up_on")), rs.getInt("replied_to"), rs.getString("reason")),
                campaignId));
        Map<String, LeadProgress> out = new TreeMap<>();
        rows.forEach(p -> out.put(p.leadId(), p));
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The send ledger in this store's {@code send_events} table. */
    @Override
    public SendLedger ledger() {
        return ledger;
    }

    /** The leases in this store's {@code work_leases} table ({@code SKIP LOCKED} on PostgreSQL). */
    @Override
    public WorkLeases leases() {
        return leases;
    }

    /**
     * The send counters in the {@code send_slots} table: a slot is one upsert that adds 1 to the window's count only
     * while it is below the capacity (atomic on both databases). The table stays bounded: whoever takes the first slot
     * of every {@link SendSlots#PRUNE_EVERY}th window deletes the scope's windows more than
     * {@link SendSlots#WINDOWS_KEPT} before it (no limit looks back that far).
     */
    @Override
    public SendSlots sendSlots() {
        return (campaignId, scope, window, capacity) -> {
            id(campaignId);
            Objects.requireNonNull(scope, "scope");
            if (capacity < 1) {
                return false;
            }
            return write("take a send slot of " + scope + " in " + campaignId, c -> {
                boolean taken = Sql.update(c,
                        "INSERT INTO send_slots (campaign_id, scope, slot_window, used) VALUES (?, ?, ?, 1)"
                                + " ON CONFLICT (campaign_id, scope, slot_window) DO UPDATE SET used = send_slots.used + 1"
                                + " WHERE send_slots.used < ?", campaignId, scope, window, capacity) == 1;
                if (taken && SendSlots.prunesAt(window)) {
                    Sql.update(c, "DELETE FROM send_slots WHERE campaign_id = ? AND scope = ? AND slot_window < ?",
                            campaignId, scope, window - SendSlots.WINDOWS_KEPT);
                }
                return taken;
            });
        };
    }

    /** Reserves the indexes under a lock on the campaign's row, so that concurrent workers get distinct ones. */
    @Override
    public int reserveLeadIndexes(String campaignId, int count) {
        id(campaignId);
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, got " + count);
        }
        return write("reserve " + count + " lead index(es) in " + campaignId, c -> {
            List<Integer> next = Sql.query(c, "SELECT next_index FROM campaigns WHERE id = ?" + dialect.forUpdate(),
                    rs -> Sql.integer(rs, "next_index"), campaignId);
            if (next.isEmpty()) {
                throw new IllegalStateException("the campaign " + campaignId + " is not open in " + where
                        + " (openCampaign first)");
            }
            List<Integer> max = Sql.query(c, "SELECT MAX(idx) AS m FROM leads WHERE campaign_id = ?",
                    rs -> Sql.integer(rs, "m"), campaignId);
            int above = max.isEmpty() || max.get(0) == null ? 0 : max.get(0) + 1;
            int first = Math.max(above, next.get(0) == null ? 0 : next.get(0));
            Sql.update(c, "UPDATE campaigns SET next_index = ? WHERE id = ?", first + count, campaignId);
            return first;
        });
    }

    /** The schema version the database is at. */
    public int schemaVersion() {
        return read("read the schema version", Migrations::current);
    }

    /** Closes the connections and, for SQLite, releases the file's lock. */
    @Override
    public void close() {
        pool.close();
        if (lock != null) {
            lock.close();
        }
    }

    private <T> T write(String what, ConnectionPool.Work<T> work) {
        return StoreFailure.call(where, what, () -> pool.inTransaction(work));
    }

    private <T> T read(String what, ConnectionPool.Work<T> work) {
        return StoreFailure.call(where, what, () -> pool.inTransaction(work));
    }

    private static void id(String campaignId) {
        Objects.requireNonNull(campaignId, "campaignId");
        if (campaignId.isBlank()) {
            throw new IllegalArgumentException("campaignId must not be blank");
        }
    }

    /** Configures a store at a JDBC URL. */
    public static final class Builder {

        private String url;
        private String user;
        private String password;
        private int connections = POSTGRES_CONNECTIONS;

        private Builder() {
        }

        /** The JDBC URL: {@code jdbc:postgresql://HOST:PORT/DB} or {@code jdbc:sqlite:<file>}. */
        public Builder url(String url) {
            this.url = Objects.requireNonNull(url, "url");
            return this;
        }

        /** The database user. */
        public Builder user(String user) {
            this.user = Objects.requireNonNull(user, "user");
            return this;
        }

        /** The database password (never logged or shown). */
        public Builder password(String password) {
            this.password = Objects.requireNonNull(password, "password");
            return this;
        }

        /** How many connections PostgreSQL may use at once (default 4); SQLite always uses one. */
        public Builder connections(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("connections must be at least 1, got " + n);
            }
            this.connections = n;
            return this;
        }

        /**
         * The store, its schema migrated.
         *
         * @throws IllegalArgumentException when no URL, or not a SQLite or PostgreSQL URL
         * @throws CampaignException        when the database cannot be reached or migrated
         */
        public JdbcCampaignStore build() {
            if (url == null) {
                throw new IllegalArgumentException("the campaign store needs a JDBC URL");
            }
            if (Dialect.of(url) == Dialect.SQLITE) {
                return open(url, Map.of());
            }
            Properties props = new Properties();
            if (user != null) {
                props.setProperty("user", user);
            }
            if (password != null) {
                props.setProperty("password", password);
            }
            String jdbcUrl = url;
            String shown = JdbcUrls.withoutSecrets(url).substring("jdbc:".length());
            String schema = JdbcUrls.parameters(url).get("currentschema");
            String where = shown + (schema == null ? "" : " schema " + schema)
                    + (user == null ? "" : " (user " + user + ")");
            ConnectionPool pool = new ConnectionPool(() -> DriverManager.getConnection(jdbcUrl, props), connections);
            return opened(where, Dialect.POSTGRESQL, pool, null);
        }
    }
}
