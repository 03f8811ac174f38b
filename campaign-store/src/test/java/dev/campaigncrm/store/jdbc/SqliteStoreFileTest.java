package dev.campaigncrm.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.campaigncrm.send.journal.JournalEvent;
import dev.campaigncrm.send.journal.JournalRecord;
import dev.campaigncrm.sequence.Sequence;
import dev.campaigncrm.store.StoreSamples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite file: durable across reopening, migrated once, one open store at a time, its pragmas. */
class SqliteStoreFileTest {

    @TempDir
    Path dir;

    @Test
    void ledgerRecordsSurviveReopening() throws Exception {
        Path file = dir.resolve("campaign.db");
        List<JournalRecord> appended = new ArrayList<>();
        try (JdbcCampaignStore store = JdbcCampaignStore.sqlite(file)) {
            for (int i = 0; i < 5; i++) {
                JournalRecord r = new JournalRecord("c1", "L" + i, 1, 1, "l" + i + "@x.test", "<m" + i + "@x>",
                        JournalEvent.SENT, Instant.parse("2026-11-20T09:00:00.000000001Z").plusSeconds(i), "");
                store.ledger().append(r);
                appended.add(r);
            }
            store.openCampaign("c1", Sequence.ofDays(3));
            store.addLead("c1", StoreSamples.analysed(0, 1));
        }
        try (JdbcCampaignStore reopened = JdbcCampaignStore.sqlite(file)) {
            assertThat(reopened.ledger().records()).containsExactlyElementsOf(appended);
            assertThat(reopened.ledger().latest("c1", "L3", 1, 1)).contains(appended.get(3));
            assertThat(reopened.leads("c1")).containsExactly(StoreSamples.analysed(0, 1));
            assertThat(reopened.sequence("c1")).contains(Sequence.ofDays(3));
        }
    }

    @Test
    void migrationsAreAppliedOnceAndAV1FileOpensAgain() throws Exception {
        Path file = dir.resolve("campaign.db");
        JdbcCampaignStore.sqlite(file).close();
        try (JdbcCampaignStore again = JdbcCampaignStore.sqlite(file)) {
            assertThat(again.schemaVersion()).isEqualTo(Migrations.latest()).isEqualTo(4);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), MIN(script) FROM schema_version")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(Migrations.latest());
            assertThat(rs.getString(2)).isEqualTo("V1__campaign_store.sql");
        }
    }

    @Test
    void aSecondStoreOnTheSameFileIsRefusedUntilTheFirstCloses() {
        Path file = dir.resolve("campaign.db");
        try (JdbcCampaignStore first = JdbcCampaignStore.sqlite(file)) {
            assertThatThrownBy(() -> JdbcCampaignStore.sqlite(file))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by another run")
                    .hasMessageContaining("campaign.db.lock")
                    .hasMessageContaining("SQLite serves one process at a time")
                    .hasMessageContaining("jdbc:postgresql://");
            assertThat(first.leads("c")).isEmpty();
        }
        JdbcCampaignStore.sqlite(file).close();
    }

    @Test
    void walAndSynchronousFullAreOn() throws Exception {
        Path file = dir.resolve("sub/dir/campaign.db");
        try (JdbcCampaignStore store = JdbcCampaignStore.open("jdbc:sqlite:" + file, Map.of())) {
            assertThat(Files.exists(file)).isTrue();
            assertThat(store.describe()).isEqualTo("sqlite:" + file.toAbsolutePath().normalize());
            assertThat(store.ledger().describe()).isEqualTo("store sqlite:" + file.toAbsolutePath().normalize());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
        }
    }

    @Test
    void priorityScoreIsARealColumn() throws Exception {
        Path file = dir.resolve("campaign.db");
        try (JdbcCampaignStore store = JdbcCampaignStore.sqlite(file)) {
            store.addLead("c", StoreSamples.analysed(0, 1));
            store.addLead("c", StoreSamples.failed(1, 2));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT lead_id, persona, industry FROM leads WHERE priority_score > 70")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("L1");
            assertThat(rs.getString(2)).isEqualTo("Mid-Market Operations Leader");
            assertThat(rs.next()).isFalse();
        }
    }
}
