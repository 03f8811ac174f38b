package dev.campaigncrm.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.store.AbstractCampaignStoreTest;
import dev.campaigncrm.store.CampaignStore;
import dev.campaigncrm.store.StoreSamples;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

    @Test
    void workersOpeningANewSchemaAtOnceAllOpenIt() throws Exception {
        // several workers started together on an empty schema: each must find it migrated once, none may fail
        int workers = 6;
        for (int round = 0; round < 5; round++) {
            try (PostgresTestDatabase fresh = PostgresTestDatabase.create()) {
                CyclicBarrier together = new CyclicBarrier(workers);
                ExecutorService pool = Executors.newFixedThreadPool(workers);
                try {
                    List<Future<Integer>> opened = new ArrayList<>();
                    for (int w = 0; w < workers; w++) {
                        opened.add(pool.submit(() -> {
                            together.await(10, TimeUnit.SECONDS);
                            try (JdbcCampaignStore s = fresh.openStore()) {
                                return s.schemaVersion();
                            }
                        }));
                    }
                    for (Future<Integer> f : opened) {
                        assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(Migrations.latest());
                    }
                } finally {
                    pool.shutdownNow();
                }
                Properties p = new Properties();
                p.setProperty("user", fresh.user());
                try (Connection c = DriverManager.getConnection(fresh.url(), p); Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM schema_version")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(Migrations.latest());
                }
            }
        }
    }
}
