package dev.campaigncrm.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.store.AbstractCampaignStoreTest;
import dev.campaigncrm.store.CampaignStore;
import dev.campaigncrm.store.StoreSamples;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The store contract on PostgreSQL, in a schema of its own (skipped when no server answers, unless CI=true). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresCampaignStoreTest extends AbstractCampaignStoreTest {

    private PostgresTestDatabase db;

    @AfterAll
    void dropSchema() {
        if (db != null) {
            db.close();
        }
    }

    @Override
    protected CampaignStore newStore() {
        if (db == null) {
            // here rather than in @BeforeAll, so that each test reports itself skipped with the reason
            db = PostgresTestDatabase.create();
        }
        return db.openStore();
    }

    @Test
    void describeShowsTheServerAndSchemaNotThePassword() {
        assertThat(store.describe()).startsWith("postgresql://").contains(db.schema());
        try (JdbcCampaignStore s = JdbcCampaignStore.builder().url(db.url() + "&password=sekrit-pw")
                .user(db.user()).build()) {
            assertThat(s.describe()).doesNotContain("sekrit-pw");
            assertThat(s.ledger().describe()).doesNotContain("sekrit-pw").startsWith("store postgresql://");
        }
    }

    @Test
    void priorityScoreIsARealColumn() throws Exception {
        store.addLead(campaign, StoreSamples.analysed(0, 1));
        store.addLead(campaign, StoreSamples.failed(1, 2));
        Properties p = new Properties();
        p.setProperty("user", db.user());
        try (Connection c = DriverManager.getConnection(db.url(), p); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT lead_id FROM leads WHERE campaign_id = '" + campaign
                     + "' AND priority_score > 70")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("L1");
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void migrationsAreRecordedOnce() {
        try (JdbcCampaignStore again = db.openStore()) {
            assertThat(again.schemaVersion()).isEqualTo(Migrations.latest());
        }
    }
}
