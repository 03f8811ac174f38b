package dev.campaigncrm.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplyTextTest {

    @Test
    void cutsAtOriginalMessageSeparator() {
        assertThat(ReplyText.newText("Please call me.\r\n\r\n-----Original Message-----\r\nFrom: Alex\r\nHi"))
                .isEqualTo("Please call me.");
    }

    @Test
    void cutsAtAnAttributionWrappedOverTwoLines() {
        assertThat(ReplyText.newText("Yes, Thursday works.\n\nOn Mon, Nov 30, 2026 at 9:00 AM Alex Morgan <\n"
                + "alex@seller.test> wrote:\n> earlier text")).isEqualTo("Yes, Thursday works.");
    }

    @Test
    void cutsAtGermanAndFrenchAttributions() {
        assertThat(ReplyText.newText("Gerne.\nAm 30.11.2026 um 09:00 schrieb Alex <alex@seller.test>:\n> alt"))
                .isEqualTo("Gerne.");
        assertThat(ReplyText.newText("Oui.\nLe lun. 30 nov. 2026 à 09:00, Alex <alex@seller.test> a écrit :\n> x"))
                .isEqualTo("Oui.");
    }

    @Test
    void keepsSentencesThatOnlyLookLikeAttributions() {
        String text = "On second thought, we are interested.\nOn Tuesday I wrote to our CFO about it.";

        assertThat(ReplyText.newText(text)).isEqualTo(text);
    }

    @Test
    void dropsInlineQuotedLinesButKeepsTheAnswersBetweenThem() {
        assertThat(ReplyText.newText("> Would a call work?\nYes.\n> Which day?\nFriday.")).isEqualTo("Yes.\nFriday.");
    }

    @Test
    void cutsTheSignatureEvenWhenItsTrailingSpaceWasLost() {
        assertThat(ReplyText.newText("Not interested.\n--\nBob\nCEO")).isEqualTo("Not interested.");
        assertThat(ReplyText.newText("Maybe later.\n\nSent from my iPhone")).isEqualTo("Maybe later.");
    }

    @Test
    void keepsDashesInsideText() {
        assertThat(ReplyText.newText("Budget -- approved -- let's go.")).isEqualTo("Budget -- approved -- let's go.");
    }

    @Test
    void cutsOutlookHeaderBlock() {
        assertThat(ReplyText.newText("Thanks, no.\n________________________________\nFrom: Alex\nSent: Monday\n"
                + "To: Bob\nSubject: Hi")).isEqualTo("Thanks, no.");
        assertThat(ReplyText.newText("Danke.\n\nVon: Alex <alex@seller.test>\nGesendet: Montag\nAn: Bob"))
                .isEqualTo("Danke.");
    }
}
