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
import dev.campaigncrm.send.journal.SendJournal;
import dev.campaigncrm.send.journal.SentFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exactly-once sending on top of any mailer: intent before, outcome after, re-runs skip what was sent. */
class JournaledMailerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);
    private static final Clock LATER = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** A mailer that records what it was asked to send and answers as told. */
    private static final class FakeMailer implements Mailer {
        final List<String> sent = new CopyOnWriteArrayList<>();
        final Function<EmailDraft, SendResult> answer;

        FakeMailer(Function<EmailDraft, SendResult> answer) {
            this.answer = answer;
        }

        static FakeMailer accepting() {
            return new FakeMailer(d -> SendResult.sent(d.leadId(), d.to(), CLOCK.instant(), "<" + d.leadId()
                    + "@sender.example>"));
        }

        @Override
        public SendResult send(EmailDraft draft) {
            sent.add(draft.leadId());
            return answer.apply(draft);
        }

        @Override
        public String describe() {
            return "fake";
        }
    }

    private static EmailDraft draft(String lead) {
        return new EmailDraft(lead, lead.toLowerCase() + "@example.com", "Lead", "Hi", "Body", Tone.PROFESSIONAL,
                Urgency.WARM, "", Provenance.of("template"));
    }

    private Path journal() {
        return dir.resolve("send-journal.log");
    }

    private JournaledMailer.Builder journaled(Mailer m, Clock clock) {
        return JournaledMailer.builder(m, journal(), "camp").clock(clock)
                .messageIdFor(d -> Optional.of("<camp." + d.leadId() + "@sender.example>"));
    }

    @Test
    void theIntentIsOnDiskBeforeTheMailerIsCalledAndTheOutcomeAfter() throws Exception {
        List<String> seenInsideSend = new ArrayList<>();
        FakeMailer inner = new FakeMailer(d -> {
            try {
                seenInsideSend.addAll(Files.readAllLines(journal()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return SendResult.sent(d.leadId(), d.to(), CLOCK.instant(), "<camp.L1@sender.example>");
        });
        try (JournaledMailer m = journaled(inner, CLOCK).build()) {
            m.send(draft("L1"));
        }

        assertThat(seenInsideSend).singleElement().asString().contains("\tL1\t").contains("\tINTENT\t")
                .contains("<camp.L1@sender.example>");
        assertThat(Files.readAllLines(journal())).hasSize(2).last().asString().contains("\tSENT\t");
    }

    @Test
    void aReRunReturnsTheRecordedResultOfASentLeadAndNeverSendsItAgain() {
        FakeMailer first = FakeMailer.accepting();
        SendResult original;
        try (JournaledMailer m = journaled(first, CLOCK).build()) {
            original = m.send(draft("L1"));
        }
        FakeMailer second = FakeMailer.accepting();
        try (JournaledMailer m = journaled(second, LATER).build()) {
            SendResult again = m.send(draft("L1"));
            SendResult other = m.send(draft("L2"));

            assertThat(again).isEqualTo(original);
            assertThat(other.isSent()).isTrue();
        }
        assertThat(first.sent).containsExactly("L1");
        assertThat(second.sent).containsExactly("L2");
    }

    @Test
    void aFailedLeadIsTriedAgainByTheNextRun() {
        FakeMailer refusing = new FakeMailer(d -> SendResult.failed(d.leadId(), d.to(), CLOCK.instant(),
                "451 try later"));
        try (JournaledMailer m = journaled(refusing, CLOCK).build()) {
            assertThat(m.send(draft("L1")).status()).isEqualTo(SendStatus.FAILED);
        }
        FakeMailer accepting = FakeMailer.accepting();
        try (JournaledMailer m = journaled(accepting, LATER).build()) {
            assertThat(m.send(draft("L1")).isSent()).isTrue();
        }
        assertThat(accepting.sent).containsExactly("L1");
    }

    @Test
    void anIntentWithoutOutcomeIsUncertainAndNotResentByDefault() throws Exception {
        crashedMidSend("L1");
        FakeMailer inner = FakeMailer.accepting();
        try (JournaledMailer m = journaled(inner, LATER).build()) {
            SendResult r = m.send(draft("L1"));

            assertThat(r.status()).isEqualTo(SendStatus.UNCERTAIN);
            assertThat(r.messageId()).isEqualTo("<camp.L1@sender.example>");
            assertThat(r.error()).isEqualTo("sent or not: an earlier run stopped mid-send; not resent");
        }
        assertThat(inner.sent).isEmpty();
    }

    @Test
    void anUncertainLeadIsResentWhenAskedTo() throws Exception {
        crashedMidSend("L1");
        FakeMailer inner = FakeMailer.accepting();
        try (JournaledMailer m = journaled(inner, LATER).resendUncertain(true).build()) {
            assertThat(m.send(draft("L1")).isSent()).isTrue();
            assertThat(m.send(draft("L1")).isSent()).isTrue();
        }
        assertThat(inner.sent).containsExactly("L1");
    }

    @Test
    void notFoundInAFolderThatMayLackAcceptedMailStaysUncertainAndIsNotResent() throws Exception {
        crashedMidSend("L1");
        SentFolder mayLackMail = id -> SentFolder.Presence.NOT_FOUND; // e.g. copies made by the client after acceptance
        FakeMailer inner = FakeMailer.accepting();
        try (JournaledMailer m = journaled(inner, LATER).sentFolder(mayLackMail).build()) {
            SendResult r = m.send(draft("L1"));

            assertThat(r.status()).isEqualTo(SendStatus.UNCERTAIN);
            assertThat(r.error()).contains("not in the Sent folder either");
        }
        assertThat(inner.sent).as("never risk a second email").isEmpty();
    }

    @Test
    void aLeadIdThatNowNamesAnotherAddressIsAConflictNotASend() throws Exception {
        FakeMailer inner = FakeMailer.accepting();
        try (JournaledMailer m = journaled(inner, LATER).build()) {
            assertThat(m.send(draft("L1")).isSent()).isTrue();
        }
        EmailDraft moved = draft("L1");
        EmailDraft someoneElse = new EmailDraft(moved.leadId(), "other.person@example.test", moved.recipientName(),
                moved.subject(), moved.body(), moved.tone(), moved.urgency(), moved.personalizationNotes(),
                moved.provenance());
        try (JournaledMailer m = journaled(inner, LATER).build()) {
            SendResult r = m.send(someoneElse);

            assertThat(r.status()).isEqualTo(SendStatus.FAILED);
            assertThat(r.error()).contains("journal conflict");
        }
        assertThat(inner.sent).containsExactly("L1");
    }

    @Test
    void theSentFolderSettlesAnUncertainLead() throws Exception {
        crashedMidSend("L1");
        crashedMidSend("L2");
        crashedMidSend("L3");
        List<String> lookedFor = new CopyOnWriteArrayList<>();
        SentFolder folder = new SentFolder() {
            @Override
            public SentFolder.Presence contains(String id) {
                lookedFor.add(id);
                return id.contains("L1") ? SentFolder.Presence.FOUND
                        : id.contains("L2") ? SentFolder.Presence.NOT_FOUND : SentFolder.Presence.UNKNOWN;
            }

            @Override
            public boolean complete() {
                return true; // the provider files every submission: not found means not sent
            }
        };
        FakeMailer inner = FakeMailer.accepting();
        try (JournaledMailer m = journaled(inner, LATER).sentFolder(folder).build()) {
            SendResult found = m.send(draft("L1"));
            SendResult missing = m.send(draft("L2"));
            SendResult unknown = m.send(draft("L3"));

            assertThat(found.status()).isEqualTo(SendStatus.SENT);
            assertThat(found.messageId()).isEqualTo("<camp.L1@sender.example>");
            assertThat(missing.status()).isEqualTo(SendStatus.SENT);
            assertThat(unknown.status()).isEqualTo(SendStatus.UNCERTAIN);
        }
        assertThat(inner.sent).containsExactly("L2");
        assertThat(lookedFor).containsExactly("<camp.L1@sender.example>", "<camp.L2@sender.example>",
                "<camp.L3@sender.example>");
        try (SendJournal j = SendJournal.open(journal())) {
            assertThat(j.latest("camp", "L1")).map(JournalRecord::event).contains(JournalEvent.SENT);
        }
    }

    @Test
    void anUncertainOutcomeFromTheMailerStaysUncertainOnTheNextRun() {
        FakeMailer dropping = new FakeMailer(d -> SendResult.uncertain(d.leadId(), d.to(), CLOCK.instant(),
                "<camp.L1@sender.example>", "sent or not: the connection broke after the data"));
        try (JournaledMailer m = journaled(dropping, CLOCK).build()) {
            assertThat(m.send(draft("L1")).status()).isEqualTo(SendStatus.UNCERTAIN);
        }
        FakeMailer inner = FakeMailer.accepting();
        try (JournaledMailer m = journaled(inner, LATER).build()) {
            SendResult r = m.send(draft("L1"));

            assertThat(r.status()).isEqualTo(SendStatus.UNCERTAIN);
            assertThat(r.error()).contains("the connection broke after the data");
        }
        assertThat(inner.sent).isEmpty();
    }

    @Test
    void anotherCampaignInTheSameJournalIsNotAffected() {
        try (JournaledMailer m = journaled(FakeMailer.accepting(), CLOCK).build()) {
            m.send(draft("L1"));
        }
        FakeMailer inner = FakeMailer.accepting();
        try (JournaledMailer m = JournaledMailer.builder(inner, journal(), "other").build()) {
            m.send(draft("L1"));
        }
        assertThat(inner.sent).containsExactly("L1");
    }

    @Test
    void theSameLeadSentFromManyThreadsAtOnceIsSentOnce() throws Exception {
        FakeMailer inner = FakeMailer.accepting();
        int threads = 8;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (JournaledMailer m = journaled(inner, CLOCK).build()) {
            List<Future<SendResult>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return m.send(draft("L1"));
                }));
            }
            for (Future<SendResult> f : results) {
                assertThat(f.get().isSent()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(inner.sent).containsExactly("L1");
    }

    /** What a run killed between the intent and the outcome leaves behind. */
    private void crashedMidSend(String lead) throws IOException {
        try (SendJournal j = SendJournal.open(journal())) {
            j.append(new JournalRecord("camp", lead, lead.toLowerCase() + "@example.com",
                    "<camp." + lead + "@sender.example>", JournalEvent.INTENT, CLOCK.instant(), ""));
        }
    }
}
