package dev.campaigncrm.examples.sequence;

import dev.campaigncrm.store.CampaignStore;
import dev.campaigncrm.store.jdbc.JdbcCampaignStore;
import java.nio.file.Path;

/** The sequence crash test on the embedded default store, a SQLite file. */
class SequenceCrashOnSqliteTest extends SequenceCrashTest {

    /** The store file, in the test's folder. */
    private Path file() {
        return dir.resolve("store").resolve("campaign.db");
    }

    /** {@code jdbc:sqlite:} and the file. */
    @Override
    String storeUrl() {
        return "jdbc:sqlite:" + file();
    }

    /** The store in the file. */
    @Override
    CampaignStore openStore() {
        return JdbcCampaignStore.sqlite(file());
    }
}
