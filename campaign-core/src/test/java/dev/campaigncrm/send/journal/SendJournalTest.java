package dev.campaigncrm.send.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal file: what is appended is read back by the next run, whatever a crash left at its end. */
class SendJournalTest {

    private static final Instant T = Instant.parse("2026-03-01T10:15:30.123Z");

    @TempDir
    Path dir;

    private static JournalRecord record(String lead, JournalEvent event, String reason) {
        return new JournalRecord("camp", lead, lead + "@example.com", "<camp." + lead + "@sender.example>", event, T,
                reason);
    }

    @Test
    void recordsSurviveReopeningWithAwkwardTextIntact() throws Exception {
        Path file = dir.resolve("sub/journal.log");
        JournalRecord odd = new JournalRecord("c\tamp", "L\n1", "a\\b@example.com", "", JournalEvent.FAILED, T,
                "550 5.1.1 no\r\nsuch\tuser \\ here");
        try (SendJournal j = SendJournal.open(file)) {
            j.append(record("L1", JournalEvent.INTENT, ""));
            j.append(record("L1", JournalEvent.SENT, ""));
            j.append(odd);
        }
        try (SendJournal j = SendJournal.open(file)) {
            assertThat(j.records()).containsExactly(record("L1", JournalEvent.INTENT, ""),
                    record("L1", JournalEvent.SENT, ""), odd);
            assertThat(j.latest("camp", "L1")).contains(record("L1", JournalEvent.SENT, ""));
            assertThat(j.latest("c\tamp", "L\n1")).contains(odd);
            assertThat(j.latest("other", "L1")).isEmpty();
        }
        assertThat(Files.readAllLines(file)).hasSize(3);
    }

    @Test
    void aTornLastLineIsIgnoredAndCutOffSoTheNextLineIsReadable() throws Exception {
        Path file = dir.resolve("journal.log");
        try (SendJournal j = SendJournal.open(file)) {
            j.append(record("L1", JournalEvent.SENT, ""));
        }
        Files.writeString(file, "camp\tL2\tL2@example.com\t<x@y>\tINT", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        try (SendJournal j = SendJournal.open(file)) {
            assertThat(j.records()).containsExactly(record("L1", JournalEvent.SENT, ""));
            assertThat(j.latest("camp", "L2")).isEmpty();
            j.append(record("L3", JournalEvent.INTENT, ""));
        }
        try (SendJournal j = SendJournal.open(file)) {
            assertThat(j.records()).containsExactly(record("L1", JournalEvent.SENT, ""),
                    record("L3", JournalEvent.INTENT, ""));
        }
    }

    @Test
    void aDamagedLineIsSkippedAndTheRestRead() throws Exception {
        Path file = dir.resolve("journal.log");
        try (SendJournal j = SendJournal.open(file)) {
            j.append(record("L1", JournalEvent.SENT, ""));
            j.append(record("L2", JournalEvent.SENT, ""));
        }
        String content = Files.readString(file).replace("L1@example.com", "L9@example.com");
        Files.writeString(file, content);

        try (SendJournal j = SendJournal.open(file)) {
            assertThat(j.records()).containsExactly(record("L2", JournalEvent.SENT, ""));
        }
    }

    @Test
    void anInvalidUtf8ByteDamagesOnlyItsLineAndTheNextAppendIsReadBack() throws Exception {
        Path file = dir.resolve("journal.log");
        try (SendJournal j = SendJournal.open(file)) {
            j.append(record("L1", JournalEvent.SENT, ""));
            j.append(record("L2", JournalEvent.SENT, ""));
            j.append(record("L3", JournalEvent.SENT, ""));
        }
        byte[] bytes = Files.readAllBytes(file);
        int at = new String(bytes, StandardCharsets.UTF_8).indexOf("L1@example.com");
        bytes[at + 1] = (byte) 0xFF; // one byte inside the first line, no longer valid UTF-8
        Files.write(file, bytes);

        try (SendJournal j = SendJournal.open(file)) {
            assertThat(j.records()).containsExactly(record("L2", JournalEvent.SENT, ""),
                    record("L3", JournalEvent.SENT, ""));
            j.append(record("L4", JournalEvent.INTENT, ""));
        }
        try (SendJournal j = SendJournal.open(file)) {
            assertThat(j.records()).containsExactly(record("L2", JournalEvent.SENT, ""),
                    record("L3", JournalEvent.SENT, ""), record("L4", JournalEvent.INTENT, ""));
        }
        byte[] after = Files.readAllBytes(file);
        assertThat(after).doesNotContain((byte) 0);
        assertThat(after).hasSize(bytes.length + JournalLines.format(record("L4", JournalEvent.INTENT, ""))
                .getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aSentRecordStaysTheLeadsStateWhateverFollows() throws Exception {
        try (SendJournal j = SendJournal.open(dir.resolve("journal.log"))) {
            j.append(record("L1", JournalEvent.SENT, ""));
            j.append(record("L1", JournalEvent.INTENT, ""));

            assertThat(j.latest("camp", "L1")).map(JournalRecord::event).contains(JournalEvent.SENT);
        }
    }

    @Test
    void aJournalOpenInOneRunCannotBeOpenedByAnother() {
        Path file = dir.resolve("journal.log");
        try (SendJournal j = SendJournal.open(file)) {
            assertThatThrownBy(() -> SendJournal.open(file)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by another run");
        }
        SendJournal.open(file).close();
    }
}
