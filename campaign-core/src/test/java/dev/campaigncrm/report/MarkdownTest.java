package dev.campaigncrm.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void escapesMarkdownAndHtmlCharacters() {
        assertThat(Markdown.text("a|b*c_d`e[f]g<h>i#j\\k")).isEqualTo("a\\|b\\*c\\_d\\`e\\[f\\]g\\<h\\>i\\#j\\\\k");
    }

    @Test
    void lineBreaksAndControlCharactersBecomeOneSpace() {
        assertThat(Markdown.text(" one\r\ntwo\tthree\u2028four\u0000five ")).isEqualTo("one two three four five");
    }

    @Test
    void defangsLinksAndAddresses() {
        assertThat(Markdown.text("https://x.test www.y.test a@b.test"))
                .isEqualTo("https\\[:\\]//x.test www\\[.\\]y.test a\\[@\\]b.test");
    }

    @Test
    void cutsLongValues() {
        String cut = Markdown.text("x".repeat(500));
        assertThat(cut).hasSize(Markdown.MAX_VALUE_LENGTH).endsWith("\u2026");
        assertThat(Markdown.text(null)).isEmpty();
    }

    @Test
    void ratesSayNotApplicableForAnEmptyWhole() {
        assertThat(Markdown.rate(1, 0)).isEqualTo("n/a");
        assertThat(Markdown.rate(1, 3)).isEqualTo("33.3% (6.1\u201379.2%)");
        assertThat(Markdown.rate(0, 10)).isEqualTo("0.0% (0.0\u201327.8%)");
        assertThat(Markdown.points(0.5, 0.25)).isEqualTo("25.0");
    }

    @Test
    void tableEscapesCellsAndRejectsTooManyCells() {
        String t = new Markdown.Table("Name", "N").row("a|b", 1).row("c").render();
        assertThat(t).isEqualTo("| Name | N |\n| --- | --- |\n| a\\|b | 1 |\n| c |   |\n");
        assertThatThrownBy(() -> new Markdown.Table("A").row(1, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
