package dev.campaigncrm.store.jdbc;

import java.util.Locale;

/** The databases the store runs on, and the little SQL that differs between them. */
enum Dialect {
    /** SQLite: one file, one process. */
    SQLITE("INTEGER PRIMARY KEY AUTOINCREMENT"),
    /** PostgreSQL. */
    POSTGRESQL("BIGSERIAL PRIMARY KEY");

    private final String autoId;

    Dialect(String autoId) {
        this.autoId = autoId;
    }

    /** The column type of an auto-increment primary key, for the migrations' {@code ${AUTO_ID}}. */
    String autoId() {
        return autoId;
    }

    /**
     * What ends a {@code SELECT} that locks its rows and passes over rows another transaction has locked: PostgreSQL's
     * {@code FOR UPDATE SKIP LOCKED}; nothing on SQLite, whose one writer is serialised.
     */
    String skipLocked() {
        return this == POSTGRESQL ? " FOR UPDATE SKIP LOCKED" : "";
    }

    /** What ends a {@code SELECT} that locks its rows until the transaction ends ({@code FOR UPDATE}; SQLite none). */
    String forUpdate() {
        return this == POSTGRESQL ? " FOR UPDATE" : "";
    }

    /** The dialect of a JDBC URL. */
    static Dialect of(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        if (u.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (u.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("the campaign store takes a jdbc:sqlite: or jdbc:postgresql: URL, not '"
                + JdbcUrls.withoutSecrets(url) + "'");
    }
}
