package dev.campaigncrm.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10: a second process on a SQLite store is refused with a message that names PostgreSQL for several workers. */
class SqliteSecondProcessTest {

    @TempDir
    Path dir;

    @Test
    void aSecondProcessIsRefusedAndToldToUsePostgresThenOpensOnceTheFirstCloses() throws Exception {
        Path file = dir.resolve("campaign.db");
        try (JdbcCampaignStore first = JdbcCampaignStore.sqlite(file)) {
            first.openCampaign("c", dev.campaigncrm.sequence.Sequence.firstEmail());
            Child refused = run(file, "refused");
            assertThat(refused.exit()).as(refused.out()).isEqualTo(2);
            assertThat(refused.out()).startsWith("REFUSED").contains("in use by another run")
                    .contains("SQLite serves one process at a time").contains("jdbc:postgresql://");
        }
        Child opened = run(file, "opened");
        assertThat(opened.exit()).as(opened.out()).isZero();
        assertThat(opened.out()).startsWith("OPENED sqlite:");
    }

    private record Child(int exit, String out) {
    }

    private Child run(Path file, String name) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx64m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                OpenSqliteStore.class.getName(), file.toString());
        Path out = dir.resolve(name + ".out");
        pb.redirectOutput(out.toFile());
        pb.redirectError(dir.resolve(name + ".err").toFile());
        Process p = pb.start();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("the child hung");
        }
        return new Child(p.exitValue(), Files.readString(out).strip());
    }
}
