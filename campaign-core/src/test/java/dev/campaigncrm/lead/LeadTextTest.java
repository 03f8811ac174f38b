package dev.campaigncrm.lead;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LeadTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"Priya Natarajan", "O'Brien & Sons (UK) Ltd.", "Fischer & Partner Rechtsanwälte",
            "München", "Jean-Luc Picard", "St. Louis", "3M Company", "Acme, Inc."})
    void acceptsPlainWords(String value) {
        assertThat(LeadText.clean(value)).contains(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Eve\r\nBcc: x@evil.test", "=cmd|' /C calc'!A0", "eve@example.org", "http://evil.test",
            "see www.evil.test", "evil.test", "+1 555 0100", "-2+3", "@SUM(A1)", "<script>", "Acme <b>",
            "a|b", "a;b", "Acme: Inc", "Acme/Inc", "100%", "{name}", "[Company]", "$$$", "   ", "", "12345",
            "'--'"})
    void rejectsAnythingThatIsNotPlainWords(String value) {
        assertThat(LeadText.clean(value)).isEmpty();
    }

    @Test
    void rejectsNull() {
        assertThat(LeadText.clean(null)).isEmpty();
    }

    @Test
    void removesControlCharactersAndCollapsesWhitespace() {
        assertThat(LeadText.clean("  Ann\r\n\t Marie\u0000 Smith\u200b ")).contains("Ann Marie Smith");
    }

    @Test
    void capsLongValuesOnAWordBoundary() {
        String longName = "The Very Long Company Name Of Many Words That Goes On And On Beyond Sixty Characters";

        String cleaned = LeadText.clean(longName).orElseThrow();

        assertThat(cleaned).hasSizeLessThanOrEqualTo(LeadText.MAX_LENGTH).doesNotEndWith(" ");
        assertThat(longName).startsWith(cleaned + " ");
    }

    @ParameterizedTest
    @CsvSource({"Priya Natarajan, Priya", "Dr. Jane Doe, Jane", "Ms Mia Chen, Mia", "Cher, Cher",
            "Prof Ada Lovelace, Ada"})
    void firstNameSkipsHonorifics(String full, String first) {
        assertThat(LeadText.firstName(full)).isEqualTo(first);
    }

    @Test
    void oneLineFlattensAndCapsQuotedText() {
        assertThat(LeadText.oneLine("VP\nSales\u0007 ")).isEqualTo("VP Sales");
        assertThat(LeadText.oneLine(null)).isEmpty();
        assertThat(LeadText.oneLine("x".repeat(100))).hasSize(LeadText.MAX_QUOTED).endsWith("\u2026");
    }
}
