package dev.campaigncrm.mail;

import static dev.campaigncrm.mail.Drafts.draft;
import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.mail.internal.MessageIds;
import dev.campaigncrm.send.SendResult;
import dev.campaigncrm.send.SendStatus;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Which failures are retried, which are final and which are uncertain, against a fault-injecting SMTP server. */
class SmtpMailerRetryTest {

    private final List<Duration> pauses = new CopyOnWriteArrayList<>();

    private SmtpMailer mailer(ScriptedSmtpServer server) {
        return SmtpMailer.builder().host("127.0.0.1").port(server.port()).connections(1)
                .from("Alex <alex@sender.example>").sleeper(pauses::add).build();
    }

    @Test
    void a421ThatClosesTheConnectionIsRetriedAfterABackoffOnAFreshConnection() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer((n, line) ->
                n == 1 && line.startsWith("RCPT") ? "421 4.7.0 too busy, closing" : null);
             SmtpMailer mailer = mailer(server)) {
            SendResult result = mailer.send(draft("L1", "lead@example.com"));

            assertThat(result.status()).as(result.error()).isEqualTo(SendStatus.SENT);
            assertThat(server.connections()).isEqualTo(2);
            assertThat(server.accepted()).hasSize(1);
            assertThat(pauses).containsExactly(Duration.ofSeconds(1));
        }
    }

    @Test
    void a451IsRetriedWithGrowingBackoffUntilAccepted() throws Exception {
        int[] rcpts = {0};
        try (ScriptedSmtpServer server = new ScriptedSmtpServer((n, line) ->
                line.startsWith("RCPT") && ++rcpts[0] <= 2 ? "451 4.3.0 try again later" : null);
             SmtpMailer mailer = mailer(server)) {
            SendResult result = mailer.send(draft("L1", "lead@example.com"));

            assertThat(result.status()).as(result.error()).isEqualTo(SendStatus.SENT);
            assertThat(server.accepted()).hasSize(1);
            assertThat(server.connections()).as("a 451 keeps the session").isEqualTo(1);
            assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(4));
        }
    }

    @Test
    void a451ThatNeverClearsFailsAfterTheLastAttemptWithTheServersReply() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer((n, line) ->
                line.startsWith("RCPT") ? "451 4.3.0 try again later" : null);
             SmtpMailer mailer = mailer(server)) {
            SendResult result = mailer.send(draft("L1", "lead@example.com"));

            assertThat(result.status()).isEqualTo(SendStatus.FAILED);
            assertThat(result.error()).contains("451 4.3.0 try again later").contains("after 3 attempts");
            assertThat(server.received()).isEmpty();
            assertThat(pauses).hasSize(2);
        }
    }

    @Test
    void a550IsPermanentAtOnceWithCodeAndTextAndFailsThatLeadOnly() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer((n, line) ->
                line.startsWith("RCPT") && line.contains("gone@") ? "550 5.1.1 mailbox unavailable" : null);
             SmtpMailer mailer = mailer(server)) {
            SendResult gone = mailer.send(draft("L1", "gone@example.com"));
            SendResult fine = mailer.send(draft("L2", "fine@example.com"));

            assertThat(gone.status()).isEqualTo(SendStatus.FAILED);
            assertThat(gone.error()).contains("550 5.1.1 mailbox unavailable");
            assertThat(fine.status()).as(fine.error()).isEqualTo(SendStatus.SENT);
            assertThat(server.accepted()).extracting(ScriptedSmtpServer.Received::recipient)
                    .containsExactly("fine@example.com");
            assertThat(pauses).as("a permanent refusal is not retried").isEmpty();
            assertThat(server.connections()).isEqualTo(1);
        }
    }

    @Test
    void aPermanentRefusalOfTheDataIsRecordedWithTheServersText() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer((n, line) ->
                line.equals(".") ? "554 5.7.1 message rejected as spam" : null);
             SmtpMailer mailer = mailer(server)) {
            SendResult result = mailer.send(draft("L1", "lead@example.com"));

            assertThat(result.status()).isEqualTo(SendStatus.FAILED);
            assertThat(result.error()).contains("554 5.7.1 message rejected as spam");
            assertThat(pauses).isEmpty();
        }
    }

    @Test
    void aTemporaryRefusalOfTheDataIsRetriedAndAcceptedOnce() throws Exception {
        int[] ends = {0};
        try (ScriptedSmtpServer server = new ScriptedSmtpServer((n, line) ->
                line.equals(".") && ++ends[0] == 1 ? "451 4.4.1 queue full" : null);
             SmtpMailer mailer = SmtpMailer.builder().host("127.0.0.1").port(server.port()).connections(1)
                     .sleeper(pauses::add).build()) {
            SendResult first = mailer.send(draft("L1", "lead@example.com"));

            assertThat(first.status()).as(first.error()).isEqualTo(SendStatus.SENT);
            assertThat(server.received()).as("refused once, then accepted").hasSize(2);
            assertThat(server.accepted()).hasSize(1);
            assertThat(pauses).hasSize(1);
        }
    }

    @Test
    void aConnectionDroppedBeforeTheDataIsRetriedAndDeliveredOnce() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer((n, line) ->
                n == 1 && line.equals("DATA") || n == 2 && line.startsWith("MAIL") ? ScriptedSmtpServer.DROP : null);
             SmtpMailer mailer = mailer(server)) {
            SendResult result = mailer.send(draft("L1", "lead@example.com"));

            assertThat(result.status()).as(result.error()).isEqualTo(SendStatus.SENT);
            assertThat(server.received()).hasSize(1);
            assertThat(server.accepted()).extracting(ScriptedSmtpServer.Received::messageId)
                    .containsExactly(result.messageId());
            assertThat(server.connections()).isEqualTo(3);
        }
    }

    @Test
    void aConnectionDroppedAfterTheDataIsUncertainAndNotResent() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer((n, line) ->
                line.equals(".") ? ScriptedSmtpServer.DROP : null);
             SmtpMailer mailer = mailer(server)) {
            SendResult result = mailer.send(draft("L1", "lead@example.com"));

            assertThat(result.status()).isEqualTo(SendStatus.UNCERTAIN);
            assertThat(result.isSent()).isFalse();
            assertThat(result.error()).startsWith("sent or not").contains("not resent");
            assertThat(server.received()).as("the message reached the server once and was not sent again")
                    .extracting(ScriptedSmtpServer.Received::messageId).containsExactly(result.messageId());
            assertThat(pauses).isEmpty();
        }
    }

    @Test
    void anUnreachableServerIsTriedThreeTimesThenFailed() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        try (SmtpMailer mailer = SmtpMailer.builder().host("127.0.0.1").port(port).sleeper(pauses::add).build()) {
            SendResult result = mailer.send(draft("L1", "lead@example.com"));

            assertThat(result.status()).isEqualTo(SendStatus.FAILED);
            assertThat(result.error()).contains("cannot connect to 127.0.0.1:" + port).contains("after 3 attempts");
            assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(4));
        }
    }

    @Test
    void attemptsAndBackoffAreConfigurable() throws IOException {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer((n, line) ->
                line.startsWith("RCPT") ? "452 4.2.2 mailbox full" : null);
             SmtpMailer mailer = SmtpMailer.builder().host("127.0.0.1").port(server.port())
                     .retries(4, Duration.ofMillis(10)).sleeper(pauses::add).build()) {
            SendResult result = mailer.send(draft("L1", "lead@example.com"));

            assertThat(result.status()).isEqualTo(SendStatus.FAILED);
            assertThat(result.error()).contains("452 4.2.2 mailbox full").contains("after 4 attempts");
            assertThat(pauses).containsExactly(Duration.ofMillis(10), Duration.ofMillis(40), Duration.ofMillis(160));
        }
    }

    @Test
    void theDerivedMessageIdIsTheHeaderSentAndKnownBeforeSending() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.acceptingAll();
             SmtpMailer mailer = SmtpMailer.builder().host("127.0.0.1").port(server.port())
                     .from("Alex <alex@Sender.Example>").campaignId("campaign-2026-03-01").build()) {
            SendResult result = mailer.send(draft("L-7", "lead@example.com"));

            String expected = MessageIds.derive("campaign-2026-03-01", "L-7", "sender.example");
            assertThat(result.messageId()).isEqualTo(expected);
            assertThat(mailer.messageIdFor("L-7")).contains(expected);
            assertThat(server.accepted()).extracting(ScriptedSmtpServer.Received::messageId)
                    .containsExactly(expected);
            assertThat(expected).matches("<campaign-2026-03-01\\.l-7-[0-9a-f]{12}@sender\\.example>");
        }
    }

    @Test
    void withoutACampaignIdMessageIdsAreRandom() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.acceptingAll(); SmtpMailer mailer = mailer(server)) {
            SendResult a = mailer.send(draft("L1", "lead@example.com"));
            SendResult b = mailer.send(draft("L1", "lead@example.com"));

            assertThat(mailer.messageIdFor("L1")).isEmpty();
            assertThat(a.messageId()).isNotEqualTo(b.messageId()).endsWith("@sender.example>");
        }
    }
}
