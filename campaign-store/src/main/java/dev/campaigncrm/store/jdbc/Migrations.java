package dev.campaigncrm.store.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema's versions: plain SQL resources {@code db/campaign/V<n>__<what>.sql}, applied in order, each in the
 * transaction that records it in {@code schema_version}, so a store is at a version or at the one before it.
 */
final class Migrations {

    /** Every migration, in order; a new one is added at the end and never edited once released. */
    static final List<String> SCRIPTS = List.of("V1__campaign_store.sql", "V2__reply_referral.sql",
            "V3__work_leases.sql", "V4__message_variant.sql");

    private static final Logger log = LoggerFactory.getLogger(Migrations.class);
    private static final String FOLDER = "db/campaign/";
    /** The first key of the PostgreSQL advisory lock that serialises migrations (the second is the schema's hash). */
    private static final int ADVISORY_LOCK_CLASS = 0x43524d31;

    private Migrations() {
    }

    /** The latest version. */
    static int latest() {
        return SCRIPTS.size();
    }

    /** Brings the schema to the latest version; the version it is at now. */
    static int apply(ConnectionPool pool, Dialect dialect, String where) throws SQLException {
        return pool.inTransaction(c -> {
            if (dialect == Dialect.POSTGRESQL) {
                try (Statement s = c.createStatement()) {
                    // workers opening a new schema at once: without a lock taken before the CREATE, two of them
                    // race on the catalogue ("duplicate key ... pg_type_typname_nsp_index"); the lock is per
                    // schema and ends with this transaction, so the second waits, then finds it migrated
                    s.execute("SELECT pg_advisory_xact_lock(" + ADVISORY_LOCK_CLASS
                            + ", hashtext(coalesce(current_schema(), '')))");
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, "
                        + "script TEXT NOT NULL, applied_at TEXT NOT NULL)");
            }
            int current = current(c);
            if (current > latest()) {
                throw new IllegalStateException("the campaign store " + where + " is at schema version " + current
                        + ", newer than this library knows (" + latest() + "): use a newer campaign-store");
            }
            for (int v = current + 1; v <= latest(); v++) {
                String script = SCRIPTS.get(v - 1);
                for (String statement : statements(read(script), dialect)) {
                    try (Statement s = c.createStatement()) {
                        s.execute(statement);
                    }
                }
                Sql.update(c, "INSERT INTO schema_version (version, script, applied_at) VALUES (?, ?, ?)", v, script,
                        TextCodec.instant(Instant.now()));
                log.info("campaign store {}: applied {}", where, script);
            }
            return latest();
        });
    }

    /** The version the schema is at, 0 for a new database. */
    static int current(Connection c) throws SQLException {
        List<Integer> v = Sql.query(c, "SELECT MAX(version) AS v FROM schema_version", rs -> Sql.integer(rs, "v"));
        return v.isEmpty() || v.get(0) == null ? 0 : v.get(0);
    }

    /** The statements of a script: comment lines dropped, split at semicolons ending a line. */
    static List<String> statements(String script, Dialect dialect) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line.replace("${AUTO_ID}", dialect.autoId())).append('\n');
            if (trimmed.endsWith(";")) {
                String s = current.toString().strip();
                out.add(s.substring(0, s.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String read(String script) {
        String resource = FOLDER + script;
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the migration " + resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the migration " + resource, e);
        }
    }
}
