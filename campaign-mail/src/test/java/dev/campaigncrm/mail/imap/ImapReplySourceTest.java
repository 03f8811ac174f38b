package dev.campaigncrm.mail.imap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.campaigncrm.mail.Tls;
import dev.campaigncrm.mail.bounce.BounceReport;
import dev.campaigncrm.mail.bounce.BounceType;
import dev.campaigncrm.reply.Outreach;
import dev.campaigncrm.reply.Reply;
import dev.campaigncrm.reply.SentEmails;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The IMAP reply source against GreenMail (IMAP on a loopback port): UID state, flags, threading, hooks. */
class ImapReplySourceTest {

    private static final String PASSWORD = "s3cret-Pa55word!";

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(
            ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path dir;

    private GreenMailUser user;
    private final List<Outreach> sent = Outreaches.sent(1, 20);

    @BeforeEach
    void mailbox() {
        user = greenMail.setUser("alex@seller.test", "alex", PASSWORD);
    }

    private ImapReplySource.Builder source() {
        return ImapReplySource.builder().host("127.0.0.1").port(greenMail.getImap().getPort()).tls(Tls.NONE)
                .username("alex").password(PASSWORD);
    }

    private void deliver(String... fixtures) {
        for (String f : fixtures) {
            user.deliver(Fixtures.load(f));
        }
    }

    @Test
    void readsEveryFixtureThreadsItAndSeparatesHumanAutoReplyAndBounce() {
        deliver(Fixtures.ALL.toArray(String[]::new));
        List<BounceReport> bounces = new ArrayList<>();
        List<String> unsubscribes = new ArrayList<>();
        ImapReplySource source = source().onBounce(bounces::add).onUnsubscribe(unsubscribes::add).build();

        List<Reply> replies = source.collect(sent);

        Map<String, String> classByLead = replies.stream()
                .collect(Collectors.toMap(Reply::leadId, r -> r.header("X-Campaign-Class")));
        assertThat(classByLead).containsOnlyKeys("L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8", "L9", "L10", "L11",
                "L12", "L13", "L14", "L15");
        assertThat(classByLead).containsEntry("L1", "auto-reply").containsEntry("L6", "auto-reply")
                .containsEntry("L7", "bounce").containsEntry("L11", "bounce").containsEntry("L12", "human");
        assertThat(replies).allSatisfy(r -> assertThat(r.source()).isEqualTo("imap"));
        ImapRunStats stats = source.lastRun();
        assertThat(stats).isEqualTo(new ImapRunStats(17, 0, 15, 2, 4, 6, 5, 4, 1, 1, 0));
        assertThat(bounces).extracting(BounceReport::leadId, BounceReport::type, BounceReport::statusCode)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("L7", BounceType.HARD, "5.1.1"),
                        org.assertj.core.groups.Tuple.tuple("L8", BounceType.SOFT, "4.2.2"),
                        org.assertj.core.groups.Tuple.tuple("L9", BounceType.HARD, "5.1.10"),
                        org.assertj.core.groups.Tuple.tuple("L10", BounceType.HARD, "5.1.1"),
                        org.assertj.core.groups.Tuple.tuple("L11", BounceType.HARD, "5.0.0"));
        assertThat(unsubscribes).containsExactly("lead15@example.test");
    }

    @Test
    void theSentEmailsAsAStreamThreadTheSameRepliesAsAList() {
        deliver(Fixtures.ALL.toArray(String[]::new));
        Path second = dir.resolve("second.state");
        List<Reply> fromList = source().stateFile(dir.resolve("first.state")).build().collect(sent);

        List<Reply> fromStream = source().stateFile(second).build().collect(SentEmails.of(sent));

        assertThat(fromStream).isNotEmpty().containsExactlyElementsOf(fromList);
    }

    @Test
    void aSecondRunWithTheStateFileReadsOnlyNewMail() {
        Path state = dir.resolve("imap.state");
        deliver("ooo-en", "human-quoting-ooo");
        List<Reply> first = source().stateFile(state).build().collect(sent);
        deliver("unsubscribe");

        ImapReplySource second = source().stateFile(state).build();
        List<Reply> again = second.collect(sent);

        assertThat(first).extracting(Reply::leadId).containsExactlyInAnyOrder("L1", "L12");
        assertThat(again).extracting(Reply::leadId).containsExactly("L15");
        assertThat(second.lastRun().read()).isEqualTo(1);
        assertThat(second.collect(sent)).isEmpty();
    }

    @Test
    void theSameInstanceDoesNotReadAMessageTwiceWithoutAStateFile() {
        deliver("ooo-en");
        ImapReplySource source = source().build();

        assertThat(source.collect(sent)).hasSize(1);
        assertThat(source.collect(sent)).isEmpty();
    }

    @Test
    void readingNeitherRelyOnNorChangesTheSeenFlag() throws Exception {
        deliver("human-quoting-ooo", "human-rewritten-subject");
        setSeen(1);

        List<Reply> replies = source().build().collect(sent);

        assertThat(replies).extracting(Reply::leadId).containsExactlyInAnyOrder("L12", "L13");
        assertThat(seenFlags()).containsExactly(true, false);
    }

    @Test
    void whenUidValidityChangesTheFolderIsReadAgainWithoutDuplicates() throws Exception {
        Path state = dir.resolve("imap.state");
        deliver("ooo-en", "human-quoting-ooo");
        source().stateFile(state).build().collect(sent);
        String text = Files.readString(state);
        Files.writeString(state, text.replaceFirst("uidvalidity \\d+", "uidvalidity 1"));
        deliver("unsubscribe");

        ImapReplySource source = source().stateFile(state).build();
        List<Reply> replies = source.collect(sent);

        assertThat(replies).extracting(Reply::leadId).containsExactly("L15");
        assertThat(source.lastRun().duplicates()).isEqualTo(2);
        assertThat(source.lastRun().read()).isEqualTo(1);
    }

    @Test
    void aStateFileOfAnotherMailboxIsRefused() {
        Path state = dir.resolve("imap.state");
        source().stateFile(state).build().collect(sent);

        assertThatThrownBy(() -> source().folder("Archive").stateFile(state).build().collect(sent))
                .isInstanceOf(ImapException.class).hasMessageContaining("belongs to");
    }

    @Test
    void pollingUntilTheDeadlineReadsEachMessageOnce() {
        deliver("ooo-en", "unsubscribe");
        ImapReplySource source = source().pollUntil(Duration.ofSeconds(90), Duration.ofMillis(1))
                .clock(new SteppingClock(Duration.ofMinutes(1))).build();

        List<Reply> replies = source.collect(sent);

        assertThat(replies).hasSize(2);
        assertThat(source.lastRun().read()).isEqualTo(2);
    }

    @Test
    void thePasswordIsNeverInTheDescriptionTheLogsOrTheErrors() {
        deliver(Fixtures.ALL.toArray(String[]::new));
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        ImapReplySource good = source().build();
        ImapReplySource bad = source().password(PASSWORD + "-wrong").build();
        Throwable failure;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            good.collect(sent);
            failure = org.assertj.core.api.Assertions.catchThrowable(() -> bad.collect(sent));
        } finally {
            System.setErr(err);
        }

        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("read 17 new message(s)")
                .doesNotContain(PASSWORD);
        assertThat(failure).isInstanceOf(ImapException.class).hasMessageContaining("imap://alex@127.0.0.1:");
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(PASSWORD);
        }
        assertThat(good.describe()).isEqualTo("imap://alex@127.0.0.1:" + greenMail.getImap().getPort() + "/INBOX")
                .doesNotContain(PASSWORD);
        assertThat(good.toString()).doesNotContain(PASSWORD);
        assertThat(source().toString()).doesNotContain(PASSWORD);
    }

    @Test
    void fromUriReadsUserHostPortAndFolderAndRefusesAPasswordInTheUri() {
        ImapReplySource gmail = ImapReplySource.fromUri("imaps://alex%40gmail.test@imap.gmail.test:993/INBOX", "pw")
                .build();
        ImapReplySource local = ImapReplySource.fromUri("imap://alex@localhost:3143", "pw").build();
        ImapReplySource archive = ImapReplySource.fromUri("imaps://a@b.test@mail.b.test/Replies%202026", "pw")
                .build();

        assertThat(gmail.describe()).isEqualTo("imaps://alex@gmail.test@imap.gmail.test/INBOX");
        assertThat(local.describe()).isEqualTo("imap://alex@localhost:3143/INBOX");
        assertThat(archive.describe()).isEqualTo("imaps://a@b.test@mail.b.test/Replies 2026");
        assertThatThrownBy(() -> ImapReplySource.fromUri("imaps://alex:hunter2@host/INBOX", "pw"))
                .isInstanceOf(IllegalArgumentException.class).message().doesNotContain("hunter2");
        assertThatThrownBy(() -> ImapReplySource.fromUri("https://host/INBOX", "pw"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ImapReplySource.fromUri("imaps://alex@host/INBOX", "").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("password");
    }

    @Test
    void theUriPortAndProtocolAreUsedToConnect() {
        deliver("ooo-en");
        ImapReplySource source = ImapReplySource.fromUri("imap://alex@127.0.0.1:" + greenMail.getImap().getPort()
                + "/INBOX", PASSWORD).build();

        assertThat(source.collect(sent)).extracting(Reply::leadId).containsExactly("L1");
    }

    private void setSeen(int messageNumber) throws Exception {
        try (Store store = imapStore()) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            inbox.getMessage(messageNumber).setFlag(Flags.Flag.SEEN, true);
            inbox.close(false);
        }
    }

    private List<Boolean> seenFlags() throws Exception {
        try (Store store = imapStore()) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<Boolean> flags = new ArrayList<>();
            for (Message m : inbox.getMessages()) {
                flags.add(m.isSet(Flags.Flag.SEEN));
            }
            inbox.close(false);
            return flags;
        }
    }

    private Store imapStore() throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", greenMail.getImap().getPort(), "alex", PASSWORD);
        return store;
    }

    /** A clock that moves forward a fixed step each time it is read: deterministic polling without waiting. */
    private static final class SteppingClock extends Clock {
        private final Duration step;
        private Instant now = Instant.parse("2026-12-01T00:00:00Z");

        SteppingClock(Duration step) {
            this.step = step;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            Instant t = now;
            now = now.plus(step);
            return t;
        }
    }
}
