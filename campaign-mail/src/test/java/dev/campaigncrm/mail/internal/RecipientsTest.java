package dev.campaigncrm.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecipientsTest {

    @ParameterizedTest
    @ValueSource(strings = {"priya@medcore-health.test", "jonas.weber+crm@example.com", " padded@example.com "})
    void acceptsOnePlainMailbox(String address) {
        assertThat(Recipients.problem(address)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b.test,c@d.test", "a@b.test\nBcc: c@d.test", "Name <a@b.test>", "group: a@b.test;",
            "a@b", "@b.test", "a@", "a b@c.test", "a@b.test\r"})
    void refusesAnythingElse(String address) {
        assertThat(Recipients.problem(address)).isPresent();
    }

    @Test
    void senderMayUseABareHost() {
        assertThat(Recipients.senderProblem("campaign@localhost")).isEmpty();
        assertThat(Recipients.problem("campaign@localhost")).isPresent();
    }

    @Test
    void mailboxEncodesAndSanitisesTheDisplayName() {
        InternetAddress a = Recipients.mailbox("eve@example.com", "Eve\r\nBcc: x@evil.test, \"quoted\"");

        assertThat(a.getAddress()).isEqualTo("eve@example.com");
        assertThat(a.getPersonal()).isEqualTo("Eve Bcc: x@evil.test, \"quoted\"");
        assertThat(a.toString()).doesNotContain("\r").doesNotContain("\n");
        assertThat(Recipients.mailbox("eve@example.com", "  ").getPersonal()).isNull();
    }
}
