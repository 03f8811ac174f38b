package dev.campaigncrm.mail;

import static dev.campaigncrm.mail.Drafts.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.campaigncrm.mail.compliance.FileSuppressionList;
import dev.campaigncrm.mail.compliance.SuppressingMailer;
import dev.campaigncrm.send.SendResult;
import dev.campaigncrm.send.SendStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** SuppressingMailer around a real SmtpMailer: a suppressed address never costs a connection. */
class SuppressionSendTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:30:00Z");

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    @Test
    void aSuppressedAddressIsSkippedWithoutContactingTheServer() throws Exception {
        FileSuppressionList list = FileSuppressionList.open(dir.resolve("suppressed.csv"));
        list.recordUnsubscribe("priya@medcore-health.test", Instant.parse("2026-11-20T08:00:00Z"));
        try (CountingProxy proxy = new CountingProxy(greenMail.getSmtp().getPort());
             SuppressingMailer mailer = new SuppressingMailer(SmtpMailer.builder().host("127.0.0.1")
                     .port(proxy.port()).from("alex@seller.test").build(), list,
                     Clock.fixed(NOW, ZoneOffset.UTC))) {

            SendResult skipped = mailer.send(draft("L1", "Priya@MedCore-Health.test"));

            assertThat(skipped.status()).isEqualTo(SendStatus.SKIPPED);
            assertThat(skipped.error()).isEqualTo("suppressed: unsubscribed since 2026-11-20");
            assertThat(skipped.at()).isEqualTo(NOW);
            assertThat(proxy.accepted()).isZero();
            assertThat(greenMail.getReceivedMessages()).isEmpty();

            SendResult sent = mailer.send(draft("L2", "tom@other.test"));

            assertThat(sent.isSent()).isTrue();
            assertThat(proxy.accepted()).isEqualTo(1);
            assertThat(greenMail.getReceivedMessages()).hasSize(1);
        }
    }
}
