package dev.campaigncrm.store.jdbc;

import dev.campaigncrm.run.CampaignException;
import java.sql.SQLException;

/** Turns a database error into a {@link CampaignException} naming the store (never a password) and what failed. */
final class StoreFailure {

    /** Database work that may fail. */
    @FunctionalInterface
    interface SqlCall<T> {
        /** Does it. */
        T call() throws SQLException;
    }

    private StoreFailure() {
    }

    /** The result of {@code work}, or a {@link CampaignException} saying the store could not {@code what}. */
    static <T> T call(String where, String what, SqlCall<T> work) {
        try {
            return work.call();
        } catch (SQLException e) {
            throw new CampaignException("The campaign store " + where + " could not " + what + ": " + e.getMessage(),
                    e);
        }
    }
}
