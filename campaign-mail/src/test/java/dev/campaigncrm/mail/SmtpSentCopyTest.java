package dev.campaigncrm.mail;

import static dev.campaigncrm.mail.Drafts.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.campaigncrm.mail.imap.ImapSentFolder;
import dev.campaigncrm.send.journal.SentFolder;
import dev.campaigncrm.send.SendResult;
import dev.campaigncrm.send.SendStatus;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SmtpMailer.Builder#copyToSentFolder}: the message the server accepted, kept in the Sent folder. */
class SmtpSentCopyTest {

    private static final String PASSWORD = "s3cret-Pa55word!";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T09:30:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(
            ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @BeforeEach
    void mailbox() {
        greenMail.setUser("alex@seller.test", "alex", PASSWORD);
    }

    private ImapSentFolder.Builder sentFolder() {
        return ImapSentFolder.builder().host("127.0.0.1").port(greenMail.getImap().getPort())
                .tls(Tls.NONE).username("alex").password(PASSWORD);
    }

    private SmtpMailer.Builder mailer() {
        return SmtpMailer.builder().host("127.0.0.1").port(greenMail.getSmtp().getPort())
                .from("Alex <alex@seller.test>").clock(CLOCK).campaignId("camp");
    }

    @Test
    void theExactMessageSentIsKeptInTheSentFolderMarkedSeen() throws Exception {
        SendResult first;
        SendResult second;
        try (ImapSentFolder folder = sentFolder().build();
             SmtpMailer mailer = mailer().copyToSentFolder(folder).build()) {
            first = mailer.send(draft("L1", "priya@medcore-health.test", "Priya Raman", "Compliance, faster",
                    "Hi Priya,\nshort note."));
            second = mailer.send(draft("L2", "omar@example.test"));
            assertThat(folder.contains(first.messageId())).isEqualTo(SentFolder.Presence.FOUND);
        }

        assertThat(first.status()).isEqualTo(SendStatus.SENT);
        assertThat(second.status()).isEqualTo(SendStatus.SENT);
        MimeMessage delivered = inboxOf("priya@medcore-health.test").get(0);
        List<MimeMessage> kept = readSent();
        assertThat(kept).hasSize(2);
        MimeMessage copy = kept.get(0);
        assertThat(copy.getMessageID()).isEqualTo(first.messageId()).isEqualTo(delivered.getMessageID());
        assertThat(copy.getSubject()).isEqualTo("Compliance, faster").isEqualTo(delivered.getSubject());
        assertThat(copy.getHeader("To", ",")).isEqualTo(delivered.getHeader("To", ","));
        assertThat(((String) copy.getContent()).strip()).isEqualTo(((String) delivered.getContent()).strip());
        assertThat(copy.isSet(Flags.Flag.SEEN)).isTrue();
        assertThat(kept.get(1).getMessageID()).isEqualTo(second.messageId());
    }

    @Test
    void aCopyThatCannotBeKeptIsLoggedAndTheMessageStaysSent() throws Exception {
        SendResult result;
        String logged;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (ImapSentFolder refusing = sentFolder().password(PASSWORD + "-wrong").build();
             SmtpMailer mailer = mailer().copyToSentFolder(refusing).build()) {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            try {
                result = mailer.send(draft("L1", "priya@medcore-health.test"));
            } finally {
                System.setErr(err);
            }
            logged = captured.toString(StandardCharsets.UTF_8);
        }

        assertThat(result.status()).isEqualTo(SendStatus.SENT);
        assertThat(result.error()).isEmpty();
        assertThat(inboxOf("priya@medcore-health.test")).hasSize(1);
        assertThat(logged).contains("WARN").contains("lead L1: sent as " + result.messageId())
                .contains("no copy was kept").doesNotContain(PASSWORD);
    }

    @Test
    void aRefusedMessageIsNotCopied() throws Exception {
        try (ImapSentFolder folder = sentFolder().folder("Sent").build();
             SmtpMailer mailer = mailer().copyToSentFolder(folder).build()) {
            SendResult bad = mailer.send(draft("L1", "not an address"));

            assertThat(bad.status()).isEqualTo(SendStatus.FAILED);
        }
        assertThat(folderExists("Sent")).isFalse();
    }

    /** What reached the recipient's inbox at the server (not the sender's Sent folder). */
    private static List<MimeMessage> inboxOf(String address) throws Exception {
        GreenMailUser user = greenMail.getUserManager().getUserByEmail(address);
        return user == null ? List.of()
                : greenMail.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
                        .map(m -> m.getMimeMessage()).toList();
    }

    private List<MimeMessage> readSent() throws Exception {
        try (Store store = imapStore()) {
            Folder f = store.getFolder("Sent");
            f.open(Folder.READ_ONLY);
            List<MimeMessage> out = new ArrayList<>();
            for (Message m : f.getMessages()) {
                MimeMessage copy = new MimeMessage((MimeMessage) m);
                copy.setFlags(m.getFlags(), true);
                out.add(copy);
            }
            f.close(false);
            return out;
        }
    }

    private boolean folderExists(String name) throws Exception {
        try (Store store = imapStore()) {
            return store.getFolder(name).exists();
        }
    }

    private Store imapStore() throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", greenMail.getImap().getPort(), "alex", PASSWORD);
        return store;
    }
}
