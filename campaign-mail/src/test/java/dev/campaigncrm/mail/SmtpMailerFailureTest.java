package dev.campaigncrm.mail;

import static dev.campaigncrm.mail.Drafts.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.campaigncrm.send.MailerUnavailableException;
import dev.campaigncrm.send.SendResult;
import dev.campaigncrm.send.SendStatus;
import org.junit.jupiter.api.Test;

/** How the mailer reports a server that refuses, against a scripted loopback SMTP server. */
class SmtpMailerFailureTest {

    private static final String PASSWORD = "hunter2-very-secret";

    @Test
    void refusedRecipientIsAFailedResultWithTheServersReplyAndTheConnectionIsKept() throws Exception {
        try (FakeSmtpServer server = new FakeSmtpServer("550 5.1.1 <gone@example.com>: mailbox unavailable", null);
             SmtpMailer mailer = SmtpMailer.builder().host("127.0.0.1").port(server.port()).connections(1)
                     .build()) {
            SendResult first = mailer.send(draft("L1", "gone@example.com"));
            SendResult second = mailer.send(draft("L2", "gone2@example.com"));

            assertThat(first.status()).isEqualTo(SendStatus.FAILED);
            assertThat(first.error()).contains("550 5.1.1").contains("mailbox unavailable")
                    .contains("127.0.0.1:" + server.port());
            assertThat(first.messageId()).isEmpty();
            assertThat(second.status()).isEqualTo(SendStatus.FAILED);
            assertThat(server.connections()).as("a refusal does not cost the connection").isEqualTo(1);
            assertThat(server.commands()).noneMatch(c -> c.startsWith("DATA"));
        }
    }

    @Test
    void aServerThatRefusesAndHangsUpCostsTheConnectionAndTheMessageIsRetriedOnce() throws Exception {
        java.util.List<java.time.Duration> pauses = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (FakeSmtpServer server = new FakeSmtpServer(n -> n == 1 ? "421 4.7.0 too many messages, closing"
                : "250 ok", null);
             SmtpMailer mailer = SmtpMailer.builder().host("127.0.0.1").port(server.port()).connections(1)
                     .sleeper(pauses::add).build()) {
            SendResult result = mailer.send(draft("L1", "lead@example.com"));

            assertThat(result.status()).as(result.error()).isEqualTo(SendStatus.SENT);
            assertThat(server.connections()).isEqualTo(2);
            assertThat(server.commands()).filteredOn(c -> c.startsWith("DATA")).hasSize(1);
            assertThat(pauses).as("a 421 is retried after a backoff").hasSize(1);
        }
    }

    @Test
    void refusedLoginIsOneClearErrorWithoutThePassword() throws Exception {
        try (FakeSmtpServer server = new FakeSmtpServer("250 ok", "535 5.7.8 Authentication credentials invalid");
             SmtpMailer mailer = SmtpMailer.builder().host("127.0.0.1").port(server.port()).username("alex")
                     .password(PASSWORD).build()) {
            assertThatThrownBy(mailer::checkReachable)
                    .isInstanceOf(MailerUnavailableException.class)
                    .hasMessageContaining("127.0.0.1:" + server.port())
                    .hasMessageContaining("535 5.7.8")
                    .hasMessageContaining("SMTP_PASSWORD")
                    .hasMessageNotContaining(PASSWORD);
            assertThat(server.commands()).anyMatch(c -> c.startsWith("AUTH"));

            SendResult result = mailer.send(draft("L1", "lead@example.com"));

            assertThat(result.status()).isEqualTo(SendStatus.FAILED);
            assertThat(result.error()).contains("535").doesNotContain(PASSWORD);
            assertThat(mailer.describe()).doesNotContain(PASSWORD);
        }
    }
}
