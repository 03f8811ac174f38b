package dev.campaigncrm.mail.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.compose.Tone;
import dev.campaigncrm.compose.Urgency;
import dev.campaigncrm.mail.SmtpMailer;
import dev.campaigncrm.mail.Tls;
import dev.campaigncrm.mail.imap.ImapSentFolder;
import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.send.SendResult;
import dev.campaigncrm.send.SendStatus;
import dev.campaigncrm.send.journal.JournalEvent;
import dev.campaigncrm.send.journal.JournalRecord;
import dev.campaigncrm.send.journal.JournaledMailer;
import dev.campaigncrm.send.journal.SendJournal;
import dev.campaigncrm.send.journal.SentFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lead an earlier run left uncertain (intent, no outcome) settled by the real Sent folder over IMAP: found means
 * sent (no second message), not found means sent now (exactly one), unreadable means uncertain (not resent).
 */
class ImapSentFolderJournalTest {

    private static final String PASSWORD = "s3cret-Pa55word!";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);
    private static final String CAMPAIGN = "camp";

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(
            ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path dir;

    @BeforeEach
    void mailbox() {
        greenMail.setUser("alex@seller.test", "alex", PASSWORD);
    }

    private ImapSentFolder.Builder sentFolder() {
        return ImapSentFolder.builder().host("127.0.0.1").port(greenMail.getImap().getPort()).tls(Tls.NONE)
                .username("alex").password(PASSWORD);
    }

    private SmtpMailer.Builder smtp() {
        return SmtpMailer.builder().host("127.0.0.1").port(greenMail.getSmtp().getPort())
                .from("Alex <alex@seller.test>").clock(CLOCK).campaignId(CAMPAIGN);
    }

    private static EmailDraft draft(String lead) {
        return new EmailDraft(lead, lead.toLowerCase() + "@example.test", "Lead " + lead, "Hi " + lead, "Body",
                Tone.PROFESSIONAL, Urgency.WARM, "", Provenance.of("template"));
    }

    private Path journal() {
        return dir.resolve("send-journal.log");
    }

    /** What a run killed between handing a message over and recording the outcome leaves in the journal. */
    private void crashedMidSend(SmtpMailer mailer, String lead) throws IOException {
        try (SendJournal j = SendJournal.open(journal())) {
            j.append(new JournalRecord(CAMPAIGN, lead, lead.toLowerCase() + "@example.test",
                    mailer.messageIdFor(lead).orElseThrow(), JournalEvent.INTENT, CLOCK.instant(), ""));
        }
    }

    /** Messages in the lead's own inbox at the server (the Sent folder copies are not counted). */
    private long messagesTo(String lead) throws Exception {
        GreenMailUser user = greenMail.getUserManager().getUserByEmail(lead.toLowerCase() + "@example.test");
        return user == null ? 0 : greenMail.getManagers().getImapHostManager().getInbox(user).getMessageCount();
    }

    @Test
    void anUncertainLeadFoundInTheSentFolderIsSentAndOneMissingIsSentOnce() throws Exception {
        // complete(true): this account files every accepted message in Sent (here the mailer copies it, and the
        // killed run is simulated between sends, never between acceptance and copy)
        try (ImapSentFolder folder = sentFolder().complete(true).build()) {
            // the killed run: L1 reached the server (and the Sent folder), L2 did not; neither outcome was recorded
            try (SmtpMailer killed = smtp().copyToSentFolder(folder).build()) {
                assertThat(killed.send(draft("L1")).isSent()).isTrue();
                crashedMidSend(killed, "L1");
                crashedMidSend(killed, "L2");
            }
            assertThat(messagesTo("L1")).isEqualTo(1);
            assertThat(messagesTo("L2")).isZero();

            SendResult l1;
            SendResult l2;
            try (JournaledMailer rerun = JournaledMailer.builder(smtp().copyToSentFolder(folder).build(), journal(),
                    CAMPAIGN).sentFolder(folder).clock(CLOCK).build()) {
                l1 = rerun.send(draft("L1"));
                l2 = rerun.send(draft("L2"));
            }

            assertThat(l1.status()).isEqualTo(SendStatus.SENT);
            assertThat(l2.status()).isEqualTo(SendStatus.SENT);
            assertThat(messagesTo("L1")).as("found in the Sent folder: not sent again").isEqualTo(1);
            assertThat(messagesTo("L2")).as("not in the Sent folder: sent once").isEqualTo(1);
            assertThat(folder.contains(l2.messageId())).isEqualTo(SentFolder.Presence.FOUND);
            try (SendJournal j = SendJournal.open(journal())) {
                assertThat(j.latest(CAMPAIGN, "L1")).map(JournalRecord::reason).contains("found in the Sent folder");
                assertThat(j.latest(CAMPAIGN, "L2")).map(JournalRecord::event).contains(JournalEvent.SENT);
            }

            try (JournaledMailer third = JournaledMailer.builder(smtp().build(), journal(), CAMPAIGN)
                    .sentFolder(folder).clock(CLOCK).build()) {
                assertThat(third.send(draft("L1")).isSent()).isTrue();
                assertThat(third.send(draft("L2")).isSent()).isTrue();
            }
            assertThat(messagesTo("L1")).isEqualTo(1);
            assertThat(messagesTo("L2")).isEqualTo(1);
        }
    }

    @Test
    void byDefaultAMessageMissingFromSentStaysUncertainBecauseTheCopyMayNotHaveBeenMade() throws Exception {
        try (ImapSentFolder folder = sentFolder().build()) {
            try (SmtpMailer killed = smtp().build()) {
                crashedMidSend(killed, "L2");
            }
            SendResult l2;
            try (JournaledMailer rerun = JournaledMailer.builder(smtp().build(), journal(), CAMPAIGN)
                    .sentFolder(folder).clock(CLOCK).build()) {
                l2 = rerun.send(draft("L2"));
            }

            assertThat(l2.status()).isEqualTo(SendStatus.UNCERTAIN);
            assertThat(messagesTo("L2")).as("not resent on a maybe").isZero();
        }
    }

    @Test
    void whenTheSentFolderCannotBeReadTheLeadStaysUncertainAndIsNotResent() throws Exception {
        try (SmtpMailer killed = smtp().build()) {
            assertThat(killed.send(draft("L1")).isSent()).isTrue();
            crashedMidSend(killed, "L1");
        }

        SendResult r;
        try (ImapSentFolder refusing = sentFolder().password(PASSWORD + "-wrong").build();
             JournaledMailer rerun = JournaledMailer.builder(smtp().build(), journal(), CAMPAIGN)
                     .sentFolder(refusing).clock(CLOCK).build()) {
            r = rerun.send(draft("L1"));
        }

        assertThat(r.status()).isEqualTo(SendStatus.UNCERTAIN);
        assertThat(messagesTo("L1")).isEqualTo(1);
    }
}
