package dev.campaigncrm.store.jdbc;

import dev.campaigncrm.store.AbstractCampaignStoreTest;
import dev.campaigncrm.store.CampaignStore;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on SQLite, a new file per test. */
class SqliteCampaignStoreTest extends AbstractCampaignStoreTest {

    @TempDir
    Path dir;

    @Override
    protected CampaignStore newStore() {
        return JdbcCampaignStore.sqlite(dir.resolve("nested/campaign.db"));
    }
}
