package dev.campaigncrm.mail.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FileSuppressionList: what is written, what is read back, and how damaged files are treated. */
class FileSuppressionListTest {

    private static final Instant NOV_24 = Instant.parse("2026-11-24T09:30:00Z");
    private static final Instant NOV_25 = Instant.parse("2026-11-25T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aNewFileGetsTheHeaderAndEachEntryIsOnDiskAtOnce() throws Exception {
        Path file = dir.resolve("sub/suppressed.csv");
        FileSuppressionList list = FileSuppressionList.open(file);

        assertThat(list.recordUnsubscribe("Priya@MedCore-Health.test", NOV_24)).isTrue();
        assertThat(list.recordHardBounce("gone@example.test", "5.1.1", NOV_25)).isTrue();

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("""
                email,reason,added_at
                priya@medcore-health.test,unsubscribed,2026-11-24T09:30:00Z
                gone@example.test,hard bounce 5.1.1,2026-11-25T10:00:00Z
                """);
    }

    @Test
    void reopenedItFindsTheSameEntriesWhateverTheCase() {
        Path file = dir.resolve("suppressed.csv");
        FileSuppressionList.open(file).add("Priya@MedCore-Health.test", "asked by phone, \"no more\"", NOV_24);

        FileSuppressionList reopened = FileSuppressionList.open(file);

        assertThat(reopened.size()).isEqualTo(1);
        assertThat(reopened.contains("priya@medcore-health.test")).isTrue();
        assertThat(reopened.contains("  PRIYA@MEDCORE-HEALTH.TEST ")).isTrue();
        assertThat(reopened.contains("priya@medcore.test")).isFalse();
        Suppression s = reopened.find("Priya@medcore-health.test").orElseThrow();
        assertThat(s).isEqualTo(new Suppression("priya@medcore-health.test", "asked by phone, \"no more\"",
                NOV_24));
        assertThat(s.skipReason()).isEqualTo("suppressed: asked by phone, \"no more\" since 2026-11-24");
    }

    @Test
    void anAddressAlreadyListedKeepsItsFirstEntryAndIsNotWrittenTwice() throws Exception {
        Path file = dir.resolve("suppressed.csv");
        FileSuppressionList list = FileSuppressionList.open(file);
        list.recordUnsubscribe("a@b.test", NOV_24);

        assertThat(list.recordHardBounce("A@B.TEST", "5.1.1", NOV_25)).isFalse();

        assertThat(list.find("a@b.test").orElseThrow().reason()).isEqualTo("unsubscribed");
        assertThat(Files.readAllLines(file)).hasSize(2);
    }

    @Test
    void formulaLikeValuesAreNeutralisedOnDiskAndRestoredOnReading() throws Exception {
        Path file = dir.resolve("suppressed.csv");
        FileSuppressionList.open(file).add("=HYPERLINK(1)@evil.test", "+cmd|' /C calc'!A0", NOV_24);

        String text = Files.readString(file);
        assertThat(text.lines().skip(1)).allSatisfy(line -> assertThat(line).startsWith("'="));
        assertThat(text).contains(",'+cmd|");
        Suppression s = FileSuppressionList.open(file).find("=hyperlink(1)@evil.test").orElseThrow();
        assertThat(s.reason()).isEqualTo("+cmd|' /C calc'!A0");
    }

    @Test
    void aReasonCannotBreakTheLineOrTheCsv() throws Exception {
        Path file = dir.resolve("suppressed.csv");
        FileSuppressionList.open(file).add("a@b.test", "bounce\r\nx@y.test,spoofed,2026-01-01T00:00:00Z", NOV_24);

        assertThat(Files.readAllLines(file)).hasSize(2);
        FileSuppressionList reopened = FileSuppressionList.open(file);
        assertThat(reopened.size()).isEqualTo(1);
        assertThat(reopened.contains("x@y.test")).isFalse();
    }

    @Test
    void anAddressWithSpacesOrLineBreaksIsRefused() {
        FileSuppressionList list = FileSuppressionList.open(dir.resolve("suppressed.csv"));

        assertThatThrownBy(() -> list.add("a@b.test\nb@c.test", "x", NOV_24))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> list.add(" ", "x", NOV_24)).isInstanceOf(IllegalArgumentException.class);
        assertThat(list.size()).isZero();
    }

    @Test
    void anIncompleteLastLineFromACrashIsIgnoredAndTheNextEntryStartsOnItsOwnLine() throws Exception {
        Path file = dir.resolve("suppressed.csv");
        Files.writeString(file, "email,reason,added_at\na@b.test,unsubscribed,2026-11-24T09:30:00Z\nc@d.test,uns");

        FileSuppressionList list = FileSuppressionList.open(file);
        list.recordUnsubscribe("e@f.test", NOV_25);

        assertThat(list.contains("a@b.test")).isTrue();
        assertThat(list.contains("c@d.test")).isFalse();
        FileSuppressionList reopened = FileSuppressionList.open(file);
        assertThat(reopened.contains("e@f.test")).isTrue();
        assertThat(reopened.size()).isEqualTo(2);
    }

    @Test
    void aDamagedLineInTheMiddleIsReportedWithItsNumber() throws Exception {
        Path file = dir.resolve("suppressed.csv");
        Files.writeString(file, "email,reason,added_at\na@b.test,unsubscribed,yesterday\nc@d.test,x,"
                + "2026-11-24T09:30:00Z\n");

        assertThatThrownBy(() -> FileSuppressionList.open(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void aFileThatIsNotASuppressionListIsRefused() throws Exception {
        Path file = dir.resolve("leads.csv");
        Files.writeString(file, "id,name,email\n1,Priya,priya@x.test\n");

        assertThatThrownBy(() -> FileSuppressionList.open(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a suppression file");
    }

    @Test
    void theInMemoryListBehavesTheSame() {
        SuppressionList list = SuppressionList.inMemory();

        list.recordHardBounce("Gone@Example.test", "5.1.1", NOV_24);

        assertThat(list.find("gone@example.TEST").orElseThrow().skipReason())
                .isEqualTo("suppressed: hard bounce 5.1.1 since 2026-11-24");
        assertThat(list.recordUnsubscribe("gone@example.test", NOV_25)).isFalse();
    }
}
