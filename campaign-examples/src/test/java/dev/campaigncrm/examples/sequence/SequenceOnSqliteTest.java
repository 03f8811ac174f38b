package dev.campaigncrm.examples.sequence;

import dev.campaigncrm.store.CampaignStore;
import dev.campaigncrm.store.jdbc.JdbcCampaignStore;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The two-week sequence on the embedded default store, a SQLite file. */
class SequenceOnSqliteTest extends SequenceOverTwoWeeksTest {

    @TempDir
    Path dir;

    @Override
    CampaignStore newStore() {
        return JdbcCampaignStore.sqlite(dir.resolve("output").resolve("campaign.db"));
    }
}
