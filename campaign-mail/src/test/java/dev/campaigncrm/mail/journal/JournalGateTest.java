package dev.campaigncrm.mail.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.compose.Tone;
import dev.campaigncrm.compose.Urgency;
import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.send.Mailer;
import dev.campaigncrm.send.SendResult;
import dev.campaigncrm.send.SendStatus;
import dev.campaigncrm.send.journal.JournalEvent;
import dev.campaigncrm.send.journal.JournalRecord;
import dev.campaigncrm.send.journal.JournaledMailer;
import dev.campaigncrm.send.journal.SendGate;
import dev.campaigncrm.send.journal.SendJournal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal asks its gate (a rate, a window) before writing a lead's intent. */
class JournalGateTest {

    private static final Instant T = Instant.parse("2026-11-24T09:00:00Z");

    private static EmailDraft draft(String lead) {
        return new EmailDraft(lead, lead.toLowerCase() + "@example.test", "", "Subject", "Body", Tone.PROFESSIONAL,
                Urgency.WARM, "", Provenance.of("template"));
    }

    private static Mailer accepting(List<String> sent) {
        return new Mailer() {
            @Override
            public SendResult send(EmailDraft d) {
                sent.add(d.leadId());
                return SendResult.sent(d.leadId(), d.to(), T, "<" + d.leadId() + "@seller.test>");
            }

            @Override
            public String describe() {
                return "fake";
            }
        };
    }

    @Test
    void noIntentIsWrittenUntilTheGateLetsTheMessageGo(@TempDir Path dir) throws Exception {
        Path journal = dir.resolve("journal.log");
        List<String> journalWhenAsked = new ArrayList<>();
        List<SendStatus> settled = new ArrayList<>();
        SendGate gate = new SendGate() {
            @Override
            public Optional<SendResult> admit(EmailDraft d) {
                try {
                    journalWhenAsked.add(Files.readString(journal));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return d.leadId().equals("L2") ? Optional.of(SendResult.skipped(d.leadId(), d.to(), T,
                        "outside the sending window")) : Optional.empty();
            }

            @Override
            public void settled(SendResult result) {
                settled.add(result.status());
            }

            @Override
            public String limits() {
                return "throttled: 1/s";
            }
        };
        List<String> sent = new ArrayList<>();
        try (JournaledMailer m = JournaledMailer.builder(accepting(sent), journal, "camp").gate(gate).build()) {
            assertThat(m.send(draft("L1")).status()).isEqualTo(SendStatus.SENT);
            assertThat(m.send(draft("L2")).status()).isEqualTo(SendStatus.SKIPPED);
            assertThat(m.describe()).contains("(throttled: 1/s)");
        }

        assertThat(journalWhenAsked.get(0)).as("nothing about L1 before its turn").doesNotContain("L1");
        assertThat(sent).containsExactly("L1");
        assertThat(settled).containsExactly(SendStatus.SENT);
        try (SendJournal j = SendJournal.open(journal)) {
            assertThat(j.latest("camp", "L2")).map(JournalRecord::event).contains(JournalEvent.SKIPPED);
            assertThat(j.records()).noneMatch(r -> r.leadId().equals("L2") && r.event() == JournalEvent.INTENT);
        }
    }
}
