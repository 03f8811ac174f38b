package dev.campaigncrm.mail;

import static dev.campaigncrm.mail.Drafts.draft;
import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.send.SendResult;
import dev.campaigncrm.send.SendStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A slow server: it holds each message before answering the final ".". Slow within the read timeout is just slow;
 * slower than that, the message may have been taken, so the lead is uncertain and never sent a second time.
 */
class SmtpSlowServerTest {

    private static SmtpMailer mailer(int port, Duration readTimeout) {
        return SmtpMailer.builder().host("127.0.0.1").port(port).from("Alex <alex@seller.test>")
                .readTimeout(readTimeout).retries(3, Duration.ofMillis(1)).build();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aServerSlowerThanUsualButWithinTheTimeoutIsSentToOnce() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.acceptingAll()) {
            server.onArrival(r -> sleep(400));
            SendResult result;
            try (SmtpMailer mailer = mailer(server.port(), Duration.ofSeconds(10))) {
                result = mailer.send(draft("L1", "priya@example.test"));
            }

            assertThat(result.status()).isEqualTo(SendStatus.SENT);
            assertThat(server.received()).hasSize(1);
        }
    }

    @Test
    void aServerThatDoesNotAnswerTheDataInTimeLeavesTheLeadUncertainAndDoesNotGetItTwice() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.acceptingAll()) {
            server.onArrival(r -> sleep(3_000));
            SendResult result;
            try (SmtpMailer mailer = mailer(server.port(), Duration.ofMillis(500))) {
                result = mailer.send(draft("L1", "priya@example.test"));
            }

            assertThat(result.status()).as(result.error()).isEqualTo(SendStatus.UNCERTAIN);
            assertThat(server.received()).as("the message arrived once and was not retried").hasSize(1);
        }
    }
}
