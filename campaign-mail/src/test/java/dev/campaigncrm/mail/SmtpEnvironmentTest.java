package dev.campaigncrm.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.campaigncrm.send.Mailer;
import dev.campaigncrm.send.MailerFactory;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** SmtpMailer.fromEnvironment: the SMTP_* variables, their defaults, and clear errors for bad values. */
class SmtpEnvironmentTest {

    @Test
    void defaultsToMailHogOnLocalhost() {
        try (SmtpMailer mailer = SmtpMailer.fromEnvironment(Map.of())) {
            assertThat(mailer.describe()).isEqualTo("smtp://localhost:1025");
        }
    }

    @Test
    void blankValuesMeanDefaults() {
        try (SmtpMailer mailer = SmtpMailer.fromEnvironment(Map.of("SMTP_HOST", " ", "SMTP_PORT", "",
                "SMTP_USERNAME", "", "SMTP_PASSWORD", "", "SMTP_TLS", "", "SMTP_FROM", ""))) {
            assertThat(mailer.describe()).isEqualTo("smtp://localhost:1025");
        }
    }

    @Test
    void readsEveryVariable() {
        try (SmtpMailer mailer = SmtpMailer.fromEnvironment(Map.of("SMTP_HOST", "smtp.example.org",
                "SMTP_PORT", "587", "SMTP_USERNAME", "me@example.org", "SMTP_PASSWORD", "pw-123456",
                "SMTP_TLS", "starttls", "SMTP_FROM", "Alex Morgan <me@example.org>"))) {
            assertThat(mailer.describe()).isEqualTo("smtp://smtp.example.org:587 starttls as me@example.org");
        }
    }

    @Test
    void aBuilderFromTheEnvironmentKeepsItsSettingsAndTakesTheCampaignId() {
        try (SmtpMailer mailer = SmtpMailer.builderFromEnvironment(Map.of("SMTP_HOST", "smtp.example.org",
                "SMTP_PORT", "2525", "SMTP_FROM", "Alex <alex@seller.test>")).campaignId("campaign-2026-11-24")
                .build()) {
            assertThat(mailer.describe()).isEqualTo("smtp://smtp.example.org:2525");
            assertThat(mailer.sender()).isEqualTo("alex@seller.test");
            assertThat(mailer.messageIdFor("lead-1")).get().asString().endsWith("@seller.test>")
                    .isEqualTo(mailer.messageIdFor("lead-1").orElseThrow())
                    .isNotEqualTo(mailer.messageIdFor("lead-2").orElseThrow());
        }
        try (SmtpMailer mailer = SmtpMailer.fromEnvironment(Map.of())) {
            assertThat(mailer.sender()).isEqualTo("campaign@localhost");
            assertThat(mailer.messageIdFor("lead-1")).isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource({"none,NONE", "false,NONE", "FALSE,NONE", "true,STARTTLS", "starttls,STARTTLS",
            "required,STARTTLS", "ssl,IMPLICIT", "implicit,IMPLICIT", "SSL,IMPLICIT"})
    void parsesTls(String value, Tls expected) {
        assertThat(EnvironmentConfig.tls(value)).isEqualTo(expected);
    }

    @Test
    void unknownTlsNamesTheVariable() {
        assertThatThrownBy(() -> SmtpMailer.fromEnvironment(Map.of("SMTP_TLS", "maybe")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SMTP_TLS").hasMessageContaining("maybe");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "65536", "-1", "25x", "1025.0"})
    void badPortNamesTheVariableAndTheValue(String port) {
        assertThatThrownBy(() -> SmtpMailer.fromEnvironment(Map.of("SMTP_PORT", port)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SMTP_PORT").hasMessageContaining("'" + port + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mail host", "smtp://localhost", "evil\r\nhost"})
    void badHostNamesTheVariable(String host) {
        assertThatThrownBy(() -> SmtpMailer.fromEnvironment(Map.of("SMTP_HOST", host)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SMTP_HOST");
    }

    @Test
    void badSenderNamesTheVariable() {
        assertThatThrownBy(() -> SmtpMailer.fromEnvironment(Map.of("SMTP_FROM", "a@b.test, c@d.test")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SMTP_FROM");
    }

    @Test
    void passwordWithoutUserIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> SmtpMailer.fromEnvironment(Map.of("SMTP_PASSWORD", "top-secret-pw")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SMTP_USERNAME")
                .hasMessageNotContaining("top-secret-pw");
        assertThatThrownBy(() -> SmtpMailer.fromEnvironment(Map.of("SMTP_USERNAME", "me")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SMTP_PASSWORD");
    }

    @Test
    void theFactoryIsFoundOnTheClasspath() {
        MailerFactory factory = ServiceLoader.load(MailerFactory.class).findFirst().orElseThrow();

        assertThat(factory).isInstanceOf(SmtpMailerFactory.class);
        try (Mailer mailer = factory.fromEnvironment(Map.of("SMTP_HOST", "mailhog", "SMTP_PORT", "1025"))) {
            assertThat(mailer).isInstanceOf(SmtpMailer.class);
            assertThat(mailer.describe()).isEqualTo("smtp://mailhog:1025");
        }
    }

    @Test
    void builderRejectsBadValues() {
        assertThatThrownBy(() -> SmtpMailer.builder().connections(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SmtpMailer.builder().port(70000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SmtpMailer.builder().from("not an address"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SmtpMailer.builder().username("me").build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
