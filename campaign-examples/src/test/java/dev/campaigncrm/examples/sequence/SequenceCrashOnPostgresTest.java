package dev.campaigncrm.examples.sequence;

import dev.campaigncrm.store.CampaignStore;
import dev.campaigncrm.store.jdbc.PostgresTestDatabase;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The sequence crash test on PostgreSQL ({@code PGURL}, a fresh schema per test); skipped with a message when no
 * server answers, a failure when {@code CI=true}.
 */
class SequenceCrashOnPostgresTest extends SequenceCrashTest {

    private PostgresTestDatabase database;

    /** A fresh schema, or the test skipped (failed on CI) when no server answers. */
    @BeforeEach
    void createSchema() {
        database = PostgresTestDatabase.create();
    }

    /** Drops the schema. */
    @AfterEach
    void dropSchema() {
        if (database != null) {
            database.close();
        }
    }

    /** The schema's URL. */
    @Override
    String storeUrl() {
        return database.url();
    }

    /** The test server's user and password, for the child runs. */
    @Override
    Map<String, String> storeEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("PGUSER", database.user());
        env.put("PGPASSWORD", database.password());
        return env;
    }

    /** A store in the schema. */
    @Override
    CampaignStore openStore() {
        return database.openStore();
    }
}
