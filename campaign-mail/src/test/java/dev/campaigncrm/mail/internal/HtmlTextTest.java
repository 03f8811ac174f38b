package dev.campaigncrm.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void stripsTagsScriptsAndStylesAndDecodesEntities() {
        String html = "<html><head><title>T</title><style>p{}</style></head><body><script>alert(1)</script>"
                + "<p>Caf&eacute;? &#8211; &#x263A; &amp; &quot;ok&quot;&nbsp;now</p><div>second</div></body></html>";

        assertThat(HtmlText.toText(html)).isEqualTo("Caf&eacute;? – ☺ & \"ok\" now\n\nsecond");
    }

    @Test
    void dropsQuotedBlocks() {
        assertThat(HtmlText.toText("Sure thing<br><blockquote>We wrote this</blockquote>")).isEqualTo("Sure thing");
        assertThat(HtmlText.toText("<div>Later</div><div class=\"gmail_quote\">On Mon Alex wrote:</div>"))
                .isEqualTo("Later");
    }
}
