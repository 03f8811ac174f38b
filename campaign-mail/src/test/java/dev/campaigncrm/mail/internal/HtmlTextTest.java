package dev.campaigncrm.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.reply.text.ReplyText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HTML bodies made plain: entities, layout, and the quote containers of each mail client removed. */
class HtmlTextTest {

    @Test
    void stripsScriptsAndStylesAndDecodesEveryEntity() {
        String html = "<html><head><title>T</title><style>p{}</style></head><body><script>alert(1)</script>"
                + "<p>Caf&eacute;? &#8211; &#x263A; &amp; &quot;ok&quot;&nbsp;now &euro;5 &hellip;</p>"
                + "<div>second</div></body></html>";

        assertThat(HtmlText.toText(html)).isEqualTo("Café? – ☺ & \"ok\" now €5 …\n\nsecond");
    }

    @Test
    void laysOutBreaksParagraphsBlocksAndLists() {
        String html = "<div>Two questions:</div><ol><li>Price?</li><li>Start date?</li></ol>"
                + "<ul><li>one</li><li>two</li></ul><p>First<br>line two</p><p>Next paragraph</p>"
                + "<table><tr><td>Seats</td><td>40</td></tr></table><div><br></div><div>Dana</div>";

        assertThat(HtmlText.toText(html)).isEqualTo("Two questions:\n1. Price?\n2. Start date?\n- one\n- two\n"
                + "First\nline two\n\nNext paragraph\n\nSeats 40\n\nDana");
    }

    @Test
    void outlookParagraphsAreLinesNotParagraphs() {
        String html = "<div class=WordSection1><p class=MsoNormal>Hi Alex,<o:p></o:p></p>"
                + "<p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>No, thanks.<o:p></o:p></p>"
                + "<p class=MsoNormal>Dana<o:p></o:p></p></div>";

        assertThat(HtmlText.toText(html)).isEqualTo("Hi Alex,\n\nNo, thanks.\nDana");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "<div>Later</div><div class=\"gmail_quote\">On Mon Alex wrote:<blockquote class=\"gmail_quote\">old"
                    + "</blockquote></div>",
            "<div>Later</div><div class=\"gmail_quote gmail_quote_container\"><div class=\"gmail_attr\">On Mon Alex"
                    + " wrote:</div><blockquote>old</blockquote></div>",
            "<div>Later</div><div><br><blockquote type=\"cite\"><div>On 3 Mar 2026, Alex wrote:</div>old"
                    + "</blockquote></div>",
            "<p>Later</p><div class=\"moz-cite-prefix\">On 3/3/26 10:15, Alex wrote:<br></div>"
                    + "<blockquote type=\"cite\">old</blockquote>"})
    void quotedHistoryBecomesQuotedLinesUnderItsAttribution(String html) {
        String text = HtmlText.toText(html);

        assertThat(text).startsWith("Later\n").endsWith("\n> old").doesNotContain("\nold");
        assertThat(ReplyText.of(text)).isEqualTo("Later");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "<div>Later</div><div id=\"yahoo_quoted_123\" class=\"yahoo_quoted\"><div>On Tuesday, Alex wrote:</div>"
                    + "<div>old</div></div>",
            "<div>Later</div><div id=\"appendonsend\"></div><hr><div id=\"divRplyFwdMsg\"><b>From:</b> Alex<br>"
                    + "<b>Sent:</b> Tuesday</div><div>old</div>",
            "<div>Later</div><div id=\"x_divRplyFwdMsg\"><b>From:</b> Alex<br><b>Sent:</b> Tuesday</div><div>old</div>",
            "<div>Later</div><hr id=\"zwchr\" data-marker=\"__DIVIDER__\"><div data-marker=\"__HEADERS__\">"
                    + "<b>From: </b>Alex<br><b>Sent: </b>Tuesday</div><div>old</div>",
            "<p class=MsoNormal>Later</p><div><div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt"
                    + " 0cm 0cm 0cm\"><p class=MsoNormal><b>From:</b> Alex<br><b>Sent:</b> Tuesday<br><b>To:</b> Dana"
                    + "<br><b>Subject:</b> Hi</p></div></div><p class=MsoNormal>old</p>",
            "<div>Later</div><div class=\"gmail_signature\" data-smartmail=\"gmail_signature\">Dana, +49 30 1</div>"})
    void unquotedHistoryAndSignatureContainersAreRemoved(String html) {
        assertThat(HtmlText.toText(html)).isEqualTo("Later");
    }

    @Test
    void aolKeepsItsSeparatorForTheReaderButNotTheOriginal() {
        String html = "<div>Later</div><div><div>-----Original Message-----<br>From: Alex<br>To: Dana<br>"
                + "Sent: Tue<br>Subject: Hi</div><div id=\"AOLMsgPart_2_abc\">old</div></div>";

        assertThat(HtmlText.toText(html)).startsWith("Later\n-----Original Message-----").doesNotContain("old");
        assertThat(ReplyText.of(HtmlText.toText(html))).isEqualTo("Later");
    }

    @Test
    void aReplyBelowOrBetweenQuotesIsKept() {
        String html = "<div class=\"moz-cite-prefix\">On 3/3/26 10:15, Alex wrote:<br></div>"
                + "<blockquote type=\"cite\">Would a call help?<br>Unsubscribe</blockquote>"
                + "<p>Yes, Tuesday.</p><blockquote type=\"cite\">Which tools?</blockquote><p>HubSpot.</p>";

        String text = HtmlText.toText(html);

        assertThat(text).contains("> Would a call help?\n> Unsubscribe");
        assertThat(ReplyText.of(text)).isEqualTo("Yes, Tuesday.\n\nHubSpot.");
    }

    @Test
    void nestedQuotesAreQuotedTwice() {
        assertThat(HtmlText.toText("<blockquote>a<blockquote>b</blockquote></blockquote>")).isEqualTo("> a\n> > b");
    }

    @Test
    void aDecorativeBorderIsNotAHeaderBlock() {
        String html = "<div style=\"border-top:1px solid #ccc\">Yes, let's talk.</div><div>Dana</div>";

        assertThat(HtmlText.toText(html)).isEqualTo("Yes, let's talk.\nDana");
    }

    @Test
    void nothingOrBrokenMarkupGivesWhatCanBeRead() {
        assertThat(HtmlText.toText("")).isEmpty();
        assertThat(HtmlText.toText(null)).isEmpty();
        assertThat(HtmlText.toText("<div>Yes <b>please</div><p>call")).isEqualTo("Yes please\ncall");
    }
}
