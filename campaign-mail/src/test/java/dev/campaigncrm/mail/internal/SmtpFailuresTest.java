package dev.campaigncrm.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class SmtpFailuresTest {

    @Test
    void usesTheDeepestCauseAndMasksTheSecret() {
        MessagingException e = new MessagingException("Couldn't connect",
                new ConnectException("Connection refused for pw=hunter2\r\nmore"));

        assertThat(SmtpFailures.describe(e, "hunter2")).isEqualTo("Connection refused for pw=*** more");
        assertThat(SmtpFailures.isRefusal(e)).isFalse();
    }

    @Test
    void aSendFailureIsARefusal() {
        assertThat(SmtpFailures.isRefusal(new SendFailedException("Invalid Addresses"))).isTrue();
    }
}
