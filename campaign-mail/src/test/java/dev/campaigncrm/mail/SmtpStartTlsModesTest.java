package dev.campaigncrm.mail;

import static dev.campaigncrm.mail.Drafts.draft;
import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.send.SendResult;
import dev.campaigncrm.send.SendStatus;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Required STARTTLS refuses a server that does not offer it; opportunistic STARTTLS sends in the clear there. */
class SmtpStartTlsModesTest {

    private static SmtpMailer mailer(int port, Tls tls) {
        return SmtpMailer.builder().host("127.0.0.1").port(port).tls(tls).from("Alex <alex@seller.test>")
                .retries(1, Duration.ofMillis(1)).build();
    }

    @Test
    void requiredStartTlsNeverSendsInTheClearToAServerWithoutIt() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.acceptingAll();
             SmtpMailer mailer = mailer(server.port(), Tls.STARTTLS)) {
            SendResult r = mailer.send(draft("L1", "priya@example.test"));

            assertThat(r.status()).isEqualTo(SendStatus.FAILED);
            assertThat(server.received()).isEmpty();
        }
    }

    @Test
    void opportunisticStartTlsSendsWhenTheServerDoesNotOfferIt() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.acceptingAll();
             SmtpMailer mailer = mailer(server.port(), Tls.STARTTLS_OPPORTUNISTIC)) {
            SendResult r = mailer.send(draft("L1", "priya@example.test"));

            assertThat(r.status()).isEqualTo(SendStatus.SENT);
            assertThat(server.received()).hasSize(1);
            assertThat(mailer.describe()).contains("starttls-if-offered");
        }
    }

    @Test
    void smtpTlsOpportunisticSelectsIt() {
        try (SmtpMailer m = SmtpMailer.fromEnvironment(Map.of("SMTP_TLS", "opportunistic"))) {
            assertThat(m.sessionProperties().getProperty("mail.smtp.starttls.enable")).isEqualTo("true");
            assertThat(m.sessionProperties().getProperty("mail.smtp.starttls.required")).isEqualTo("false");
        }
    }
}
