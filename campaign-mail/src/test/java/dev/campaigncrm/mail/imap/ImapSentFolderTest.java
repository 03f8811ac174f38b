package dev.campaigncrm.mail.imap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.campaigncrm.mail.Tls;
import dev.campaigncrm.send.journal.SentFolder;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Sent folder over IMAP (GreenMail on a loopback port): search by Message-ID, append, folder discovery. */
class ImapSentFolderTest {

    private static final String PASSWORD = "s3cret-Pa55word!";
    private static final String ID = "<camp.l1-0a1b2c3d4e5f@seller.test>";

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(
            ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @BeforeEach
    void mailbox() {
        greenMail.setUser("alex@seller.test", "alex", PASSWORD);
    }

    private ImapSentFolder.Builder sentFolder() {
        return ImapSentFolder.builder().host("127.0.0.1").port(greenMail.getImap().getPort()).tls(Tls.NONE)
                .username("alex").password(PASSWORD);
    }

    @Test
    void containsFindsTheExactMessageIdWithOrWithoutAngleBrackets() throws Exception {
        put("Sent", message(ID, "Compliance, faster"));
        put("Sent", message("<camp.l10-0a1b2c3d4e5f@seller.test>", "Another lead"));
        put("INBOX", message("<camp.l2-0a1b2c3d4e5f@seller.test>", "Only in the inbox"));

        try (ImapSentFolder folder = sentFolder().build()) {
            assertThat(folder.contains(ID)).isEqualTo(SentFolder.Presence.FOUND);
            assertThat(folder.contains("camp.l1-0a1b2c3d4e5f@seller.test")).isEqualTo(SentFolder.Presence.FOUND);
            assertThat(folder.contains(" <camp.l10-0a1b2c3d4e5f@seller.test> ")).isEqualTo(SentFolder.Presence.FOUND);
            // a part of an id that is there is not that id
            assertThat(folder.contains("<camp.l1-0a1b2c3d4e5@seller.test>")).isEqualTo(SentFolder.Presence.NOT_FOUND);
            assertThat(folder.contains("<l1-0a1b2c3d4e5f@seller.test>")).isEqualTo(SentFolder.Presence.NOT_FOUND);
            assertThat(folder.contains("<camp.l1@seller.test>")).isEqualTo(SentFolder.Presence.NOT_FOUND);
            // a message elsewhere in the mailbox is not in the Sent folder
            assertThat(folder.contains("<camp.l2-0a1b2c3d4e5f@seller.test>")).isEqualTo(SentFolder.Presence.NOT_FOUND);
        }
    }

    @Test
    void aFolderThatCannotBeReadGivesNoAnswerRatherThanAGuess() throws Exception {
        put("INBOX", message(ID, "In the inbox only"));
        try (ImapSentFolder noSuchFolder = sentFolder().folder("Nope").build();
             ImapSentFolder noSentFolderAtAll = sentFolder().build()) {
            assertThat(noSuchFolder.contains(ID)).isEqualTo(SentFolder.Presence.UNKNOWN);
            assertThat(noSentFolderAtAll.contains(ID)).isEqualTo(SentFolder.Presence.UNKNOWN);
        }
    }

    @Test
    void aWrongPasswordGivesNoAnswerAndThePasswordIsNeitherLoggedNorShown() throws Exception {
        put("Sent", message(ID, "Sent"));
        String wrong = PASSWORD + "-wrong";
        ImapSentFolder folder = sentFolder().password(wrong).build();

        SentFolder.Presence answer;
        String logged = captureErr(() -> folder.contains(ID));
        answer = folder.contains(ID);
        Throwable appendFailure = catchThrowable(() -> folder.append(message("<x.y-1@seller.test>", "x")));
        folder.close();

        assertThat(answer).isEqualTo(SentFolder.Presence.UNKNOWN);
        assertThat(logged).contains("cannot look for <" + ID.substring(1, ID.length() - 1) + ">")
                .contains("imap://alex@127.0.0.1:").doesNotContain(PASSWORD);
        assertThat(appendFailure).isInstanceOf(ImapException.class).hasMessageContaining("imap://alex@127.0.0.1:");
        for (Throwable t = appendFailure; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(PASSWORD);
        }
        assertThat(folder.describe()).doesNotContain(PASSWORD);
        assertThat(folder.toString()).doesNotContain(PASSWORD);
        assertThat(sentFolder().toString()).doesNotContain(PASSWORD);
    }

    @Test
    void aServerThatIsNotThereGivesNoAnswer() throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        try (ImapSentFolder folder = sentFolder().port(closedPort).build()) {
            assertThat(folder.contains(ID)).isEqualTo(SentFolder.Presence.UNKNOWN);
        }
    }

    @Test
    void withoutAFolderNameACommonSentFolderIsFound() throws Exception {
        put("Sent Items", message(ID, "Outlook style"));
        put("Archive", message("<camp.l3-0a1b2c3d4e5f@seller.test>", "Archived"));

        try (ImapSentFolder folder = sentFolder().build()) {
            assertThat(folder.contains(ID)).isEqualTo(SentFolder.Presence.FOUND);
            assertThat(folder.contains("<camp.l3-0a1b2c3d4e5f@seller.test>")).isEqualTo(SentFolder.Presence.NOT_FOUND);
        }
    }

    @Test
    void appendKeepsTheMessageAsItIsMarkedSeenAndCreatesTheSentFolderWhenMissing() throws Exception {
        MimeMessage original = message(ID, "Compliance, faster");

        try (ImapSentFolder folder = sentFolder().build()) {
            assertThat(folder.contains(ID)).isEqualTo(SentFolder.Presence.UNKNOWN);
            folder.append(original);
            assertThat(folder.contains(ID)).isEqualTo(SentFolder.Presence.FOUND);
            folder.append(message("<camp.l2-0a1b2c3d4e5f@seller.test>", "Second"));
        }

        List<MimeMessage> sent = read("Sent");
        assertThat(sent).hasSize(2);
        MimeMessage kept = sent.get(0);
        assertThat(kept.getMessageID()).isEqualTo(ID);
        assertThat(kept.getSubject()).isEqualTo("Compliance, faster");
        assertThat(kept.isSet(Flags.Flag.SEEN)).isTrue();
        assertThat(((InternetAddress) kept.getRecipients(Message.RecipientType.TO)[0]).getAddress())
                .isEqualTo("priya@medcore-health.test");
        assertThat(original.isSet(Flags.Flag.SEEN)).as("the caller's message is not changed").isFalse();
    }

    @Test
    void appendUsesTheNamedFolderAndTheFolderFoundByName() throws Exception {
        put("Sent Messages", message("<old.one-1@seller.test>", "Older"));
        try (ImapSentFolder found = sentFolder().build();
             ImapSentFolder named = sentFolder().folder("Outbox Copies").build()) {
            found.append(message(ID, "To Sent Messages"));
            named.append(message("<camp.l2-0a1b2c3d4e5f@seller.test>", "To the named folder"));
        }

        assertThat(read("Sent Messages")).extracting(MimeMessage::getSubject).containsExactly("Older",
                "To Sent Messages");
        assertThat(read("Outbox Copies")).extracting(MimeMessage::getSubject).containsExactly("To the named folder");
        assertThat(folderExists("Sent")).isFalse();
    }

    @Test
    void fromUriTakesTheFolderWhenGivenAndLooksForTheSentFolderOtherwise() throws Exception {
        put("Sent Items", message(ID, "Outlook style"));
        String base = "imap://alex@127.0.0.1:" + greenMail.getImap().getPort();

        try (ImapSentFolder any = ImapSentFolder.fromUri(base, PASSWORD).build();
             ImapSentFolder items = ImapSentFolder.fromUri(base + "/Sent%20Items", PASSWORD).build();
             ImapSentFolder inbox = ImapSentFolder.fromUri(base + "/INBOX", PASSWORD).build()) {
            assertThat(any.describe()).isEqualTo(base + " (Sent folder)");
            assertThat(items.describe()).isEqualTo(base + "/Sent Items");
            assertThat(any.contains(ID)).isEqualTo(SentFolder.Presence.FOUND);
            assertThat(items.contains(ID)).isEqualTo(SentFolder.Presence.FOUND);
            assertThat(inbox.contains(ID)).isEqualTo(SentFolder.Presence.NOT_FOUND);
        }
        assertThat(ImapSentFolder.fromUri("imaps://alex%40gmail.test@imap.gmail.test", "pw").build().describe())
                .isEqualTo("imaps://alex@gmail.test@imap.gmail.test (Sent folder)");
        assertThatThrownBy(() -> ImapSentFolder.fromUri("imaps://alex:hunter2@host/Sent", "pw"))
                .isInstanceOf(IllegalArgumentException.class).message().doesNotContain("hunter2");
        assertThatThrownBy(() -> ImapSentFolder.fromUri("imaps://alex@host/Sent", "").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("password");
    }

    @Test
    void somethingThatIsNotAMessageIdIsNotSearchedFor() throws Exception {
        put("Sent", message(ID, "Sent"));
        try (ImapSentFolder folder = sentFolder().build()) {
            assertThat(folder.contains("")).isEqualTo(SentFolder.Presence.UNKNOWN);
            assertThat(folder.contains("no-at-sign")).isEqualTo(SentFolder.Presence.UNKNOWN);
            assertThat(folder.contains("<a@b>\r\nX-Injected: 1")).isEqualTo(SentFolder.Presence.UNKNOWN);
        }
    }

    @Test
    void theKeptConnectionServesManyCallsAndCloseEndsIt() throws Exception {
        put("Sent", message(ID, "Sent"));
        ImapSentFolder folder = sentFolder().build();
        for (int i = 0; i < 5; i++) {
            assertThat(folder.contains(ID)).isEqualTo(SentFolder.Presence.FOUND);
        }
        folder.close();
        assertThat(folder.contains(ID)).as("a closed folder connects again when used").isEqualTo(SentFolder.Presence.FOUND);
        folder.close();
    }

    private static MimeMessage message(String messageId, String subject) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        m.setFrom(new InternetAddress("alex@seller.test"));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress("priya@medcore-health.test"));
        m.setSubject(subject, "UTF-8");
        m.setSentDate(Date.from(java.time.Instant.parse("2026-11-24T09:30:00Z")));
        m.setText("Hello,\nbody.\n", "UTF-8");
        m.saveChanges();
        return m;
    }

    private void put(String folderName, MimeMessage m) throws Exception {
        try (Store store = imapStore()) {
            Folder f = store.getFolder(folderName);
            if (!f.exists()) {
                f.create(Folder.HOLDS_MESSAGES);
            }
            f.appendMessages(new Message[] {m});
        }
    }

    private List<MimeMessage> read(String folderName) throws Exception {
        try (Store store = imapStore()) {
            Folder f = store.getFolder(folderName);
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

    private boolean folderExists(String folderName) throws Exception {
        try (Store store = imapStore()) {
            return store.getFolder(folderName).exists();
        }
    }

    private Store imapStore() throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", greenMail.getImap().getPort(), "alex", PASSWORD);
        return store;
    }

    private static String captureErr(Supplier<?> action) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.get();
        } finally {
            System.setErr(err);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
