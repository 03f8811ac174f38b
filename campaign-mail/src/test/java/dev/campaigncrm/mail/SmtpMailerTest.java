package dev.campaigncrm.mail;

import static dev.campaigncrm.mail.Drafts.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.campaigncrm.send.MailerUnavailableException;
import dev.campaigncrm.send.SendResult;
import dev.campaigncrm.send.SendStatus;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SMTP mailer against a real SMTP server (GreenMail on a loopback port): what the server received. */
class SmtpMailerTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:30:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private int port() {
        return greenMail.getSmtp().getPort();
    }

    private SmtpMailer mailer() {
        return SmtpMailer.builder().host("127.0.0.1").port(port()).from("Alex <alex@seller.test>").clock(CLOCK)
                .build();
    }

    @Test
    void sendsOneMessageToExactlyTheRecipientFromTheConfiguredSender() throws Exception {
        SendResult result;
        try (SmtpMailer mailer = SmtpMailer.fromEnvironment(Map.of("SMTP_HOST", "127.0.0.1",
                "SMTP_PORT", String.valueOf(port()), "SMTP_FROM", "Alex <alex@seller.test>"))) {
            result = mailer.send(draft("L1", "priya@medcore-health.test", "Priya Raman", "Compliance, faster",
                    "Hi Priya,\nshort note."));
        }

        assertThat(result.status()).isEqualTo(SendStatus.SENT);
        assertThat(result.leadId()).isEqualTo("L1");
        assertThat(result.email()).isEqualTo("priya@medcore-health.test");
        assertThat(result.error()).isEmpty();
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage m = received[0];
        assertThat(addresses(m.getAllRecipients())).containsExactly("priya@medcore-health.test");
        assertThat(((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getPersonal())
                .isEqualTo("Priya Raman");
        assertThat(m.getFrom()).hasSize(1);
        InternetAddress from = (InternetAddress) m.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("alex@seller.test");
        assertThat(from.getPersonal()).isEqualTo("Alex");
        assertThat(m.getSubject()).isEqualTo("Compliance, faster");
        assertThat(m.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(text(m)).isEqualTo("Hi Priya,\nshort note.");
    }

    @Test
    void messageIdSentIsTheOneReportedAndUniqueAndTheDateComesFromTheClock() throws Exception {
        List<SendResult> results = new ArrayList<>();
        try (SmtpMailer mailer = mailer()) {
            for (int i = 0; i < 5; i++) {
                results.add(mailer.send(draft("L" + i, "lead" + i + "@example.com")));
            }
        }

        Map<String, MimeMessage> byRecipient = Arrays.stream(greenMail.getReceivedMessages())
                .collect(Collectors.toMap(m -> addresses(recipients(m)).get(0), m -> m));
        assertThat(byRecipient).hasSize(5);
        for (SendResult r : results) {
            MimeMessage m = byRecipient.get(r.email());
            assertThat(r.messageId()).matches("<[0-9a-f-]{36}@seller\\.test>");
            assertThat(m.getMessageID()).isEqualTo(r.messageId());
            assertThat(m.getSentDate().toInstant()).isEqualTo(NOW);
            assertThat(r.at()).isEqualTo(NOW);
        }
        assertThat(results.stream().map(SendResult::messageId).distinct()).hasSize(5);
    }

    @Test
    void hostileNameOrSubjectCannotAddARecipientOrAHeader() throws Exception {
        SendResult result;
        try (SmtpMailer mailer = mailer()) {
            result = mailer.send(draft("L1", "eve@example.com", "Eve\r\nBcc: attacker@evil.test",
                    "Hello\r\nBcc: attacker2@evil.test\nX-Injected: yes", "Body"));
        }

        assertThat(result.isSent()).isTrue();
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(greenMail.getUserManager().listUser()).as("mailboxes created by RCPT TO")
                .extracting(u -> u.getEmail()).containsExactly("eve@example.com");
        MimeMessage m = received[0];
        assertThat(addresses(m.getAllRecipients())).containsExactly("eve@example.com");
        assertThat(m.getHeader("Bcc")).isNull();
        assertThat(m.getHeader("X-Injected")).isNull();
        assertThat(m.getHeader("To")).hasSize(1);
        assertThat(((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getPersonal())
                .isEqualTo("Eve Bcc: attacker@evil.test");
        assertThat(m.getSubject()).isEqualTo("Hello Bcc: attacker2@evil.test X-Injected: yes");
        String raw = GreenMailUtil.getWholeMessage(m);
        assertThat(raw.lines()).noneMatch(l -> l.regionMatches(true, 0, "Bcc:", 0, 4)
                || l.regionMatches(true, 0, "X-Injected:", 0, 11));
    }

    @Test
    void utf8SubjectNameAndBodyRoundTrip() throws Exception {
        String subject = "Grüße aus Zürich — 東京 ✓ naïve café";
        String body = "Liebe Jürgen,\nÄrger mit Übergrößen? Ça va. 日本語テキスト 😀";
        try (SmtpMailer mailer = mailer()) {
            assertThat(mailer.send(draft("L1", "juergen@example.com", "Jürgen Müller", subject, body)).isSent())
                    .isTrue();
        }

        MimeMessage m = greenMail.getReceivedMessages()[0];
        assertThat(m.getSubject()).isEqualTo(subject);
        assertThat(((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getPersonal())
                .isEqualTo("Jürgen Müller");
        assertThat(text(m)).isEqualTo(body);
    }

    @Test
    void concurrentSendsFromManyThreadsAreAllReceivedOnce() throws Exception {
        List<SendResult> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (SmtpMailer mailer = mailer()) {
            List<Future<SendResult>> futures = IntStream.range(0, 50)
                    .mapToObj(i -> pool.submit(() -> mailer.send(draft("L" + i, "lead" + i + "@example.com"))))
                    .toList();
            for (Future<SendResult> f : futures) {
                results.add(f.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(results).allMatch(SendResult::isSent);
        assertThat(results.stream().map(SendResult::messageId).distinct()).hasSize(50);
        List<String> recipients = Arrays.stream(greenMail.getReceivedMessages())
                .map(m -> addresses(recipients(m)).get(0)).toList();
        assertThat(recipients).hasSize(50).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 50).mapToObj(i -> "lead" + i + "@example.com")
                        .toList());
    }

    @Test
    void connectionsAreReusedAcrossMessagesWithinTheBound() throws Exception {
        List<SendResult> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (CountingProxy proxy = new CountingProxy(port());
             SmtpMailer mailer = SmtpMailer.builder().host("127.0.0.1").port(proxy.port()).connections(2)
                     .clock(CLOCK).build()) {
            mailer.checkReachable();
            List<Future<SendResult>> futures = IntStream.range(0, 30)
                    .mapToObj(i -> pool.submit(() -> mailer.send(draft("L" + i, "lead" + i + "@example.com"))))
                    .toList();
            for (Future<SendResult> f : futures) {
                results.add(f.get());
            }
            assertThat(proxy.accepted()).isBetween(1, 2);
        } finally {
            pool.shutdown();
        }
        assertThat(results).allMatch(SendResult::isSent);
        assertThat(greenMail.getReceivedMessages()).hasSize(30);
    }

    @Test
    void aBrokenConnectionIsDroppedAndTheMessageRetriedOnAFreshOne() throws Exception {
        try (CountingProxy proxy = new CountingProxy(port());
             SmtpMailer mailer = SmtpMailer.builder().host("127.0.0.1").port(proxy.port()).connections(1)
                     .clock(CLOCK).build()) {
            assertThat(mailer.send(draft("L1", "one@example.com")).isSent()).isTrue();
            proxy.dropAll();

            SendResult second = mailer.send(draft("L2", "two@example.com"));

            assertThat(second.isSent()).as(second.error()).isTrue();
            assertThat(proxy.accepted()).isEqualTo(2);
        }
        assertThat(Arrays.stream(greenMail.getReceivedMessages()).map(m -> addresses(recipients(m)).get(0)))
                .containsExactlyInAnyOrder("one@example.com", "two@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "not-an-address", "a@b.test, c@d.test", "a@b.test;c@d.test",
            "a@b.test\r\nBcc: x@evil.test", "Eve <eve@example.com>", "eve@example.com\n", "two@@example.com",
            "eve@localhost", "\"odd quoted\"@example.com", "jürgen@example.com"})
    void invalidRecipientFailsWithoutContactingTheServer(String to) throws Exception {
        SendResult result;
        try (CountingProxy proxy = new CountingProxy(port());
             SmtpMailer mailer = SmtpMailer.builder().host("127.0.0.1").port(proxy.port()).clock(CLOCK).build()) {
            result = mailer.send(draft("L1", to));
            assertThat(proxy.accepted()).isZero();
        }
        assertThat(result.status()).isEqualTo(SendStatus.FAILED);
        assertThat(result.error()).containsIgnoringCase("recipient");
        assertThat(result.messageId()).isEmpty();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void unreachableServerFailsTheCheckWithWhatToDoAndEverySendReturnsFailed() throws Exception {
        int closedPort = freePort();
        try (SmtpMailer mailer = SmtpMailer.builder().host("127.0.0.1").port(closedPort)
                .connectTimeout(Duration.ofSeconds(2)).username("me").password("hunter2-secret").clock(CLOCK)
                .build()) {
            assertThatThrownBy(mailer::checkReachable)
                    .isInstanceOf(MailerUnavailableException.class)
                    .hasMessageContaining("127.0.0.1:" + closedPort)
                    .hasMessageContaining("docker compose up -d mailhog")
                    .hasMessageContaining("SMTP_HOST")
                    .hasMessageContaining("--smtp HOST:PORT")
                    .hasMessageContainingAll("refused")
                    .hasMessageNotContaining("hunter2-secret");

            SendResult result = mailer.send(draft("L1", "lead@example.com"));

            assertThat(result.status()).isEqualTo(SendStatus.FAILED);
            assertThat(result.error()).contains("127.0.0.1:" + closedPort).doesNotContain("hunter2-secret");
        }
    }

    @Test
    void describeNamesServerAndTlsButNeverThePassword() {
        try (SmtpMailer plain = SmtpMailer.builder().host("mail.example.test").port(2525).build();
             SmtpMailer secure = SmtpMailer.builder().host("smtp.example.org").port(587).tls(Tls.STARTTLS)
                     .username("me@example.org").password("s3cr3t-pw").build();
             SmtpMailer smtps = SmtpMailer.builder().host("smtp.example.org").port(465).tls(Tls.IMPLICIT).build()) {
            assertThat(plain.describe()).isEqualTo("smtp://mail.example.test:2525");
            assertThat(secure.describe()).isEqualTo("smtp://smtp.example.org:587 starttls as me@example.org")
                    .doesNotContain("s3cr3t-pw");
            assertThat(smtps.describe()).isEqualTo("smtp://smtp.example.org:465 tls");
        }
    }

    @Test
    void closedMailerFailsSendsInsteadOfThrowing() {
        SmtpMailer mailer = mailer();
        mailer.close();

        SendResult result = mailer.send(draft("L1", "lead@example.com"));

        assertThat(result.status()).isEqualTo(SendStatus.FAILED);
        assertThat(result.error()).contains("closed");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static Address[] recipients(MimeMessage m) {
        try {
            return m.getAllRecipients();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> addresses(Address[] addresses) {
        return Arrays.stream(addresses).map(a -> ((InternetAddress) a).getAddress()).toList();
    }

    private static String text(MimeMessage m) throws Exception {
        return ((String) m.getContent()).replace("\r\n", "\n");
    }
}
