package dev.campaigncrm.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SmtpPresets and SMTP_PRESET: host, port, TLS, login and timeouts of each preset. */
class SmtpPresetsTest {

    private static Properties props(SmtpMailer.Builder b) {
        try (SmtpMailer m = b.build()) {
            return m.sessionProperties();
        }
    }

    private static void assertTimeouts(Properties p) {
        assertThat(p.getProperty("mail.smtp.connectiontimeout")).isEqualTo("5000");
        assertThat(p.getProperty("mail.smtp.timeout")).isEqualTo("30000");
        assertThat(p.getProperty("mail.smtp.writetimeout")).isEqualTo("30000");
    }

    @Test
    void gmailIsPort587WithRequiredStartTlsAndTheAccountAsSender() {
        SmtpMailer.Builder b = SmtpPresets.gmail("me@gmail.com").password("app-password-123");
        Properties p = props(b);

        assertThat(p.getProperty("mail.smtp.host")).isEqualTo("smtp.gmail.com");
        assertThat(p.getProperty("mail.smtp.port")).isEqualTo("587");
        assertThat(p.getProperty("mail.smtp.starttls.enable")).isEqualTo("true");
        assertThat(p.getProperty("mail.smtp.starttls.required")).isEqualTo("true");
        assertThat(p.getProperty("mail.smtp.auth")).isEqualTo("true");
        assertThat(p.getProperty("mail.smtp.from")).isEqualTo("me@gmail.com");
        assertThat(p.values()).noneMatch("app-password-123"::equals);
        assertTimeouts(p);
        try (SmtpMailer m = b.build()) {
            assertThat(m.describe()).isEqualTo("smtp://smtp.gmail.com:587 starttls as me@gmail.com");
        }
    }

    @Test
    void outlookIsOffice365On587WithRequiredStartTls() {
        Properties p = props(SmtpPresets.outlook("me@contoso.test").password("pw-123456"));

        assertThat(p.getProperty("mail.smtp.host")).isEqualTo("smtp.office365.com");
        assertThat(p.getProperty("mail.smtp.port")).isEqualTo("587");
        assertThat(p.getProperty("mail.smtp.starttls.required")).isEqualTo("true");
        assertThat(p.getProperty("mail.smtp.from")).isEqualTo("me@contoso.test");
        assertTimeouts(p);
    }

    @Test
    void mailHogAndMailDevArePlainSmtpOnLocalhost1025() {
        for (SmtpMailer.Builder b : new SmtpMailer.Builder[] {SmtpPresets.mailHog(), SmtpPresets.mailDev()}) {
            Properties p = props(b);
            assertThat(p.getProperty("mail.smtp.host")).isEqualTo("localhost");
            assertThat(p.getProperty("mail.smtp.port")).isEqualTo("1025");
            assertThat(p.getProperty("mail.smtp.starttls.enable")).isEqualTo("false");
            assertThat(p.getProperty("mail.smtp.auth")).isEqualTo("false");
            assertTimeouts(p);
        }
    }

    @Test
    void aPresetWithLoginCannotBeBuiltWithoutThePassword() {
        assertThatThrownBy(() -> SmtpPresets.gmail("me@gmail.com").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("password");
        assertThatThrownBy(() -> SmtpPresets.outlook(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void smtpPresetGmailReadsTheAccountFromTheEnvironment() {
        try (SmtpMailer m = SmtpMailer.fromEnvironment(Map.of("SMTP_PRESET", "gmail",
                "SMTP_USERNAME", "me@gmail.com", "SMTP_PASSWORD", "app-password-123"))) {
            assertThat(m.describe()).isEqualTo("smtp://smtp.gmail.com:587 starttls as me@gmail.com");
            assertThat(m.sessionProperties().getProperty("mail.smtp.from")).isEqualTo("me@gmail.com");
        }
    }

    @Test
    void explicitVariablesOverrideThePreset() {
        try (SmtpMailer m = SmtpMailer.fromEnvironment(Map.of("SMTP_PRESET", "MailHog", "SMTP_HOST", "mailhog",
                "SMTP_PORT", "2525"))) {
            assertThat(m.describe()).isEqualTo("smtp://mailhog:2525");
        }
        try (SmtpMailer m = SmtpMailer.fromEnvironment(Map.of("SMTP_PRESET", "outlook",
                "SMTP_USERNAME", "me@contoso.test", "SMTP_PASSWORD", "pw-123456",
                "SMTP_FROM", "Alex <alex@contoso.test>"))) {
            assertThat(m.sessionProperties().getProperty("mail.smtp.from")).isEqualTo("alex@contoso.test");
        }
    }

    @Test
    void anUnknownPresetNamesTheVariableAndTheChoices() {
        assertThatThrownBy(() -> SmtpMailer.fromEnvironment(Map.of("SMTP_PRESET", "sendgrid")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SMTP_PRESET").hasMessageContaining("sendgrid").hasMessageContaining("gmail");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gmail", "outlook"})
    void aLoginPresetWithoutUsernameSaysWhatIsMissing(String preset) {
        assertThatThrownBy(() -> SmtpMailer.fromEnvironment(Map.of("SMTP_PRESET", preset,
                "SMTP_PASSWORD", "secret-value-1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SMTP_USERNAME").hasMessageNotContaining("secret-value-1");
    }
}
