package dev.campaigncrm.send.journal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text that holds line breaks, tabs, NULs and backslashes survives one tab-separated line. */
class EscapedTextTest {

    @Test
    void everySpecialCharacterRoundTripsAndNoneIsLeftRawOnTheLine() {
        String text = "a\tb\nc\r\nd\0e\\f \\0 \\n end\\";
        String line = EscapedText.escape(text);

        assertThat(line).doesNotContain("\t", "\n", "\r", "\0");
        assertThat(EscapedText.unescape(line)).isEqualTo(text);
    }

    @Test
    void linesWrittenBeforeNulWasEscapedReadTheSame() {
        assertThat(EscapedText.unescape("raw\0nul and \\\\0 literal")).isEqualTo("raw\0nul and \\0 literal");
    }
}
