package dev.campaigncrm.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.campaigncrm.reply.Reply;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** EmlReplyReader on .eml fixtures: sender, decoded subject, headers, the new text of the body, the date. */
class EmlReplyReaderTest {

    private static Reply read(String fixture) {
        try {
            return EmlReplyReader.read(Path.of(EmlReplyReaderTest.class.getResource("/eml/" + fixture).toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void plainReply() {
        Reply r = read("plain.eml");

        assertThat(r.from()).isEqualTo("priya@medcore-health.test");
        assertThat(r.subject()).isEqualTo("Re: Compliance, faster");
        assertThat(r.body()).isEqualTo("Thanks Alex, this is interesting. Could you send pricing for 200 seats?\n\n"
                + "Priya");
        assertThat(r.receivedAt()).isEqualTo(Instant.parse("2026-11-24T09:15:00Z"));
        assertThat(r.source()).isEqualTo("file");
        assertThat(r.leadId()).isEmpty();
        assertThat(r.simulated()).isFalse();
        assertThat(r.header("in-reply-to")).isEqualTo("<abc@seller.test>");
        assertThat(r.header("MESSAGE-ID")).isEqualTo("<reply-1@medcore-health.test>");
    }

    @Test
    void multipartAlternativePrefersThePlainPart() {
        Reply r = read("alternative.eml");

        assertThat(r.from()).isEqualTo("jonas.weber@example.com");
        assertThat(r.body()).isEqualTo("Not right now, maybe next quarter.");
    }

    @Test
    void quotedPrintableUtf8BodyAndEncodedWords() {
        Reply r = read("qp-utf8.eml");

        assertThat(r.from()).isEqualTo("juergen@example.com");
        assertThat(r.subject()).isEqualTo("Re: Grüße aus Zürich");
        assertThat(r.body()).isEqualTo("Grüße aus München! Das klingt spannend – bitte schicken Sie mir mehr"
                + " Details.\nKönnen wir den Termin auf nächste Woche legen?");
    }

    @Test
    void base64Utf8InMixedMultipartIgnoresAttachments() {
        Reply r = read("base64-utf8.eml");

        assertThat(r.subject()).isEqualTo("Re: Café & croissants");
        assertThat(r.body()).isEqualTo("Très intéressant, merci ! Pouvons-nous en parler jeudi ? 😀")
                .doesNotContain("attachment");
    }

    @Test
    void germanOutOfOfficeKeepsItsAutoReplyHeadersAndLatin1Text() {
        Reply r = read("ooo-de.eml");

        assertThat(r.subject()).isEqualTo("Abwesenheitsnotiz: Ihre Nachricht");
        assertThat(r.header("auto-submitted")).isEqualTo("auto-replied");
        assertThat(r.header("X-Autoreply")).isEqualTo("yes");
        assertThat(r.header("precedence")).isEqualTo("auto_reply");
        assertThat(r.body()).startsWith("Vielen Dank für Ihre Nachricht. Ich bin bis zum 7. Dezember nicht im Büro")
                .contains("eingeschränkten Zugriff").contains("Mit freundlichen Grüßen");
        assertThat(r.receivedAt()).isEqualTo(Instant.parse("2026-11-30T06:01:02Z"));
    }

    @Test
    void quotedHistoryAndSignatureAreCut() {
        Reply r = read("quoted-reply.eml");

        assertThat(r.body()).isEqualTo("Sounds good, let's talk on Thursday at 10.\n"
                + "Please include the onboarding costs.");
    }

    @Test
    void outlookStyleGermanHistoryIsCut() {
        Reply r = read("outlook-de.eml");

        assertThat(r.subject()).isEqualTo("AW: Kurze Frage");
        assertThat(r.body()).isEqualTo("Kein Interesse, danke.");
    }

    @Test
    void htmlOnlyBodyIsMadePlainWithoutTheQuote() {
        Reply r = read("html-only.eml");

        assertThat(r.body()).isEqualTo("Yes & please send the deck <soon>.\n\nThanks,\nMia");
    }

    @Test
    void missingDateIsTheEpoch() {
        Reply r = read("no-date.eml");

        assertThat(r.receivedAt()).isEqualTo(Instant.EPOCH);
        assertThat(r.body()).isEqualTo("Just a line.");
    }

    @Test
    void readsFromAStream() {
        String eml = "From: a@example.com\r\nSubject: hi\r\nX-Custom: one\r\nX-Custom: two\r\n\r\nbody text\r\n";

        Reply r = EmlReplyReader.read(new ByteArrayInputStream(eml.getBytes(StandardCharsets.US_ASCII)), "stream");

        assertThat(r.from()).isEqualTo("a@example.com");
        assertThat(r.header("x-custom")).as("first value wins").isEqualTo("one");
        assertThat(r.body()).isEqualTo("body text");
    }

    @Test
    void unreadableFileNamesTheFile(@TempDir Path dir) {
        Path missing = dir.resolve("missing-reply.eml");

        assertThatThrownBy(() -> EmlReplyReader.read(missing))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("missing-reply.eml");
    }
}
