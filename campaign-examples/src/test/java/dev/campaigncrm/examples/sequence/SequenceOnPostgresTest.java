package dev.campaigncrm.examples.sequence;

import dev.campaigncrm.store.CampaignStore;
import dev.campaigncrm.store.jdbc.PostgresTestDatabase;
import org.junit.jupiter.api.AfterEach;

/**
 * The two-week sequence on PostgreSQL ({@code PGURL}, a fresh schema per test); skipped with a message when no server
 * answers, a failure when {@code CI=true}.
 */
class SequenceOnPostgresTest extends SequenceOverTwoWeeksTest {

    private PostgresTestDatabase database;

    @Override
    CampaignStore newStore() {
        database = PostgresTestDatabase.create();
        return database.openStore();
    }

    @AfterEach
    void dropSchema() {
        if (database != null) {
            database.close();
        }
    }
}
