package dev.campaigncrm.mail;

import static dev.campaigncrm.mail.Drafts.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.campaigncrm.mail.compliance.UnsubscribeToken;
import dev.campaigncrm.send.SendResult;
import dev.campaigncrm.send.SendStatus;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reply-To, List-Unsubscribe (RFC 2369/8058) and the CAN-SPAM footer, as the server receives them. */
class ComplianceHeadersTest {

    private static final String SECRET = "a-secret-of-at-least-16-chars";

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private SmtpMailer.Builder mailer() {
        return SmtpMailer.builder().host("127.0.0.1").port(greenMail.getSmtp().getPort())
                .from("Alex <alex@seller.test>");
    }

    private MimeMessage sendOne(SmtpMailer.Builder builder, String to, String name) {
        try (SmtpMailer mailer = builder.build()) {
            SendResult r = mailer.send(draft("L1", to, name, "Hello", "Hi,\nshort note."));
            assertThat(r.status()).as(r.error()).isEqualTo(SendStatus.SENT);
        }
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    private static String[] header(MimeMessage m, String name) throws Exception {
        String[] values = m.getHeader(name);
        if (values == null) {
            return new String[0];
        }
        for (int i = 0; i < values.length; i++) {
            values[i] = MimeUtility.unfold(values[i]);
        }
        return values;
    }

    @Test
    void mailtoAndHttpsGiveBothHeadersExactly() throws Exception {
        MimeMessage m = sendOne(mailer().replyTo("Alex Replies <replies@seller.test>")
                .listUnsubscribe("unsubscribe@seller.test", "https://seller.test/unsubscribe?e={email}"),
                "priya+news@medcore-health.test", "Priya");

        assertThat(header(m, "List-Unsubscribe")).containsExactly("<mailto:unsubscribe@seller.test>,"
                + " <https://seller.test/unsubscribe?e=priya%2Bnews%40medcore-health.test>");
        assertThat(header(m, "List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(m.getReplyTo()).hasSize(1);
        InternetAddress replyTo = (InternetAddress) m.getReplyTo()[0];
        assertThat(replyTo.getAddress()).isEqualTo("replies@seller.test");
        assertThat(replyTo.getPersonal()).isEqualTo("Alex Replies");
    }

    @Test
    void mailtoAloneHasNoOneClickPost() throws Exception {
        MimeMessage m = sendOne(mailer().listUnsubscribe("mailto:unsubscribe@seller.test?subject=unsubscribe",
                null), "priya@medcore-health.test", "Priya");

        assertThat(header(m, "List-Unsubscribe"))
                .containsExactly("<mailto:unsubscribe@seller.test?subject=unsubscribe>");
        assertThat(header(m, "List-Unsubscribe-Post")).isEmpty();
        assertThat(header(m, "Reply-To")).isEmpty();
    }

    @Test
    void withoutConfigurationNoComplianceHeadersOrFooter() throws Exception {
        MimeMessage m = sendOne(mailer(), "priya@medcore-health.test", "Priya");

        assertThat(header(m, "List-Unsubscribe")).isEmpty();
        assertThat(header(m, "List-Unsubscribe-Post")).isEmpty();
        assertThat(GreenMailUtil.getBody(m)).doesNotContain("-- ");
    }

    @Test
    void theTokenIsTheRecipientsHmacAndVerifies() throws Exception {
        MimeMessage m = sendOne(mailer().listUnsubscribe(null, "https://seller.test/u/{token}")
                .unsubscribeSecret(SECRET), "Priya@MedCore-Health.test", "Priya");

        String token = UnsubscribeToken.of(SECRET, "priya@medcore-health.test");
        assertThat(token).matches("[A-Za-z0-9_-]{22}");
        assertThat(header(m, "List-Unsubscribe")).containsExactly("<https://seller.test/u/" + token + ">");
        assertThat(UnsubscribeToken.matches(SECRET, "PRIYA@medcore-health.test", token)).isTrue();
        assertThat(UnsubscribeToken.matches(SECRET, "other@medcore-health.test", token)).isFalse();
        assertThat(UnsubscribeToken.matches("another-secret-16-chars", "priya@medcore-health.test", token))
                .isFalse();
    }

    @Test
    void theFooterFollowsTheSignatureSeparatorWithTheRecipientsLink() throws Exception {
        MimeMessage m = sendOne(mailer().listUnsubscribe(null, "https://seller.test/unsubscribe?e={email}")
                .footer("Seller Ltd\n1 Main Street\r\nSpringfield, IL 62701", "Not interested? {unsubscribe}"),
                "priya@medcore-health.test", "Priya");

        String body = ((String) m.getContent()).replace("\r\n", "\n");
        // the message's final line break is the one SMTP's end-of-data marker takes
        assertThat(body).isEqualTo("Hi,\nshort note.\n\n-- \nSeller Ltd\n1 Main Street\nSpringfield, IL 62701\n"
                + "Not interested? https://seller.test/unsubscribe?e=priya%40medcore-health.test");
    }

    @Test
    void aLeadNameCannotAddOrChangeComplianceHeaders() throws Exception {
        MimeMessage m = sendOne(mailer().replyTo("replies@seller.test")
                        .listUnsubscribe("unsubscribe@seller.test", "https://seller.test/u?e={email}"),
                "priya@medcore-health.test",
                "Priya\r\nReply-To: attacker@evil.test\r\nList-Unsubscribe: <https://evil.test/>\r\n\r\nbody");

        assertThat(m.getReplyTo()).extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly("replies@seller.test");
        assertThat(header(m, "List-Unsubscribe")).containsExactly("<mailto:unsubscribe@seller.test>,"
                + " <https://seller.test/u?e=priya%40medcore-health.test>");
        assertThat(header(m, "List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        // the name stays inside the To header's quoted display name: no header line of its own
        String headers = GreenMailUtil.getWholeMessage(m).split("\r\n\r\n", 2)[0];
        assertThat(headers.lines().filter(l -> l.startsWith("Reply-To:"))).hasSize(1);
        assertThat(headers.lines().filter(l -> l.startsWith("List-Unsubscribe:"))).hasSize(1);
        assertThat(headers.lines()).noneMatch(l -> l.contains("evil.test") && !Character.isWhitespace(l.charAt(0))
                && !l.startsWith("To:"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"priya@medcore-health.test\r\nList-Unsubscribe: <https://evil.test/>",
            "priya@medcore-health.test>, <https://evil.test/", "<priya@medcore-health.test>"})
    void aLeadAddressThatTriesToInjectIsRefusedAndNothingIsSent(String to) {
        try (SmtpMailer mailer = mailer().listUnsubscribe(null, "https://seller.test/u?e={email}").build()) {
            SendResult r = mailer.send(draft("L1", to, "Priya", "Hello", "Hi"));

            assertThat(r.status()).isEqualTo(SendStatus.FAILED);
        }
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://seller.test/u", "ftp://seller.test/u", "https:///u", "seller.test/u",
            "https://seller.test/u?e={name}", "https://seller.test/u?a=1,2", "https://seller.test/u <x>",
            "https://user@seller.test/u", "https://seller.test/\r\nBcc: x@y.test"})
    void anUnsubscribeUrlMustBeAPlainHttpsUrl(String url) {
        assertThatThrownBy(() -> SmtpMailer.builder().listUnsubscribe(null, url))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("URL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not an address", "a@b.test, c@d.test", "mailto:a@b.test?subject=<x>",
            "a@b.test\r\nBcc: c@d.test"})
    void anUnsubscribeMailtoMustBeOnePlainAddress(String mailto) {
        assertThatThrownBy(() -> SmtpMailer.builder().listUnsubscribe(mailto, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mailto");
    }

    @Test
    void inconsistentSettingsAreRefusedWhenBuilt() {
        assertThatThrownBy(() -> SmtpMailer.builder().listUnsubscribe(null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SmtpMailer.builder().listUnsubscribe(null, "https://seller.test/u/{token}").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("secret");
        assertThatThrownBy(() -> SmtpMailer.builder().footer("1 Main St", "Opt out: {unsubscribe}").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("listUnsubscribe");
        assertThatThrownBy(() -> SmtpMailer.builder().footer(" ", "Reply STOP to opt out"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("postal address");
        assertThatThrownBy(() -> SmtpMailer.builder().replyTo("a@b.test, c@d.test"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reply-to");
        assertThatThrownBy(() -> SmtpMailer.builder().unsubscribeSecret("short"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("short");
    }
}
