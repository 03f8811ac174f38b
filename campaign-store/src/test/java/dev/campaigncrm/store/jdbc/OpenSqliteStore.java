package dev.campaigncrm.store.jdbc;

import java.nio.file.Path;

/**
 * The child JVM of {@link SqliteSecondProcessTest}: opens the SQLite store given as its argument, as a second worker
 * would, and prints what happened: {@code OPENED}, or {@code REFUSED} and the message (exit code 2).
 */
public final class OpenSqliteStore {

    private OpenSqliteStore() {
    }

    /** Opens the store at {@code args[0]}. */
    public static void main(String[] args) {
        try (JdbcCampaignStore store = JdbcCampaignStore.sqlite(Path.of(args[0]))) {
            System.out.println("OPENED " + store.describe());
        } catch (IllegalStateException e) {
            System.out.println("REFUSED " + e.getMessage());
            System.exit(2);
        }
    }
}
