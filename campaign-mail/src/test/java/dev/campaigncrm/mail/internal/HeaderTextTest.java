package dev.campaigncrm.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeaderTextTest {

    @Test
    void makesOneCleanLine() {
        assertThat(HeaderText.sanitize("Eve\r\nBcc: attacker@evil.test")).isEqualTo("Eve Bcc: attacker@evil.test");
        assertThat(HeaderText.sanitize("  two   spaces\tand tab  ")).isEqualTo("two spaces and tab");
        assertThat(HeaderText.sanitize("line\u2028separator\u0085next")).isEqualTo("line separator next");
        assertThat(HeaderText.sanitize("nul\u0000byte")).isEqualTo("nul byte");
        assertThat(HeaderText.sanitize("bidi\u202Eevil\u202C")).isEqualTo("bidievil");
        assertThat(HeaderText.sanitize("Grüße 東京")).isEqualTo("Grüße 東京");
    }

    @Test
    void nullIsEmptyAndEmojiSequencesSurvive() {
        assertThat(HeaderText.sanitize(null)).isEmpty();
        String joined = "family \uD83D\uDC68\u200D\uD83D\uDC69";
        assertThat(HeaderText.sanitize(joined)).isEqualTo(joined);
    }
}
