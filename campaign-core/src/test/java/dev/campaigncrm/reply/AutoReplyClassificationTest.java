package dev.campaigncrm.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Auto-replies, out-of-office notices and bounces are SKIP, on evidence; a person quoting one, or writing little, is not. */
class AutoReplyClassificationTest {

    private static final String HUMAN_BODY = "Sounds good, let's book a call.";

    private final RuleReplyClassifier classifier = RuleReplyClassifier.defaults();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Auto-Submitted  | auto-replied
            Auto-Submitted  | auto-generated
            Auto-Submitted  | auto-notified; owner-email="x@example.test"
            auto-submitted  | AUTO-REPLIED
            X-Autoreply     | yes
            X-Autorespond   | 1
            Precedence      | auto_reply
            Precedence      | bulk
            Precedence      | junk
            Precedence      | list
            Content-Type    | multipart/report; report-type=delivery-status; boundary="b1"
            """)
    void autoReplyHeadersAreSkipEvenWhenTheBodyLooksHuman(String header, String value) {
        ReplyClassification c = classifier.classify(reply("Re: Faster onboarding", HUMAN_BODY, Map.of(header, value)));

        assertThat(c.category()).isEqualTo(ReplyCategory.SKIP);
        assertThat(c.confidence()).isGreaterThanOrEqualTo(0.95);
        assertThat(c.rationale()).containsIgnoringCase(header.split("-")[0]).doesNotContain("\n");
    }

    @Test
    void autoSubmittedNoMarksAHumanReply() {
        ReplyClassification c = classifier.classify(
                reply("Re: Faster onboarding", HUMAN_BODY, Map.of("Auto-Submitted", "no")));

        assertThat(c.category()).isEqualTo(ReplyCategory.INTERESTED);
    }

    @Test
    void autoResponseSuppressIsARequestNotAMarker() {
        ReplyClassification c = classifier.classify(
                reply("Re: Faster onboarding", HUMAN_BODY, Map.of("X-Auto-Response-Suppress", "All")));

        assertThat(c.category()).isEqualTo(ReplyCategory.INTERESTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MAILER-DAEMON@mx.example.test", "Mail Delivery System <mailer-daemon@example.test>",
            "postmaster@example.test"})
    void bouncesFromMailerDaemonOrPostmasterAreSkip(String from) {
        Reply r = new Reply("L1", from, "Re: Faster onboarding", "Sounds good", Map.of(), Instant.EPOCH, "test");

        ReplyClassification c = classifier.classify(r);

        assertThat(c.category()).isEqualTo(ReplyCategory.SKIP);
        assertThat(c.rationale()).contains("bounce");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Automatic reply: Faster onboarding", "Auto: Faster onboarding", "Autoreply: Hello",
            "Out of Office: Faster onboarding", "OUT OF OFFICE", "[Out of Office] Re: Faster onboarding",
            "Abwesenheitsnotiz: Schnelleres Onboarding", "AW: Abwesenheitsnotiz", "Réponse automatique : Bonjour",
            "Respuesta automática: Hola", "Risposta automatica: Ciao", "Automatisch antwoord: Hallo",
            "Autosvar: Hej", "Frånvaro: Hej", "Undeliverable: Faster onboarding",
            "Delivery Status Notification (Failure)"})
    void autoReplySubjectsInSeveralLanguagesAreSkip(String subject) {
        ReplyClassification c = classifier.classify(reply(subject, "Thank you for your message.", Map.of()));

        assertThat(c.category()).as(subject).isEqualTo(ReplyCategory.SKIP);
        assertThat(c.confidence()).isGreaterThanOrEqualTo(0.9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Re: Automation for your team", "Re: Outbound ideas", "Re: Autumn planning"})
    void subjectsThatMerelyStartLikeAnAutoReplyAreNotSkip(String subject) {
        assertThat(classifier.classify(reply(subject, HUMAN_BODY, Map.of())).category())
                .isEqualTo(ReplyCategory.INTERESTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Thank you for your email. I am out of the office until Monday, 3 December, with limited access to email.",
            "Hi, I'm currently on vacation until Dec 3rd and will reply when I return.",
            "Vielen Dank für Ihre Nachricht. Ich bin bis zum 3. Dezember nicht im Büro.",
            "Merci pour votre message. Je suis absente jusqu'au 3 décembre.",
            "Gracias por su mensaje. Estoy fuera de la oficina hasta el 3 de diciembre.",
            "Grazie per il messaggio. Sono fuori ufficio fino al 3 dicembre.",
            "Bedankt voor uw bericht. Ik ben afwezig tot 3 december.",
            "Guten Tag, ich bin bis zum 14.12. nicht im Haus. Ihre Nachricht wird nach meiner Rückkehr bearbeitet.",
            "Bonjour, votre message sera traité à mon retour le 14 décembre."})
    void outOfOfficeBodiesInSixLanguagesAreSkipWithoutAnyHeader(String body) {
        ReplyClassification c = classifier.classify(reply("Re: Faster onboarding", body, Map.of()));

        assertThat(c.category()).as(body).isEqualTo(ReplyCategory.SKIP);
        assertThat(c.rationale()).startsWith("out-of-office text");
    }

    @Test
    void aHumanReplyQuotingAnOutOfOfficeIsClassifiedOnItsOwnText() {
        String body = """
                Sorry, I was travelling. Sounds good - let's book a call for Thursday.

                > I am out of the office until Monday with limited access to email.
                > Ich bin bis Montag nicht im Büro.
                """;

        ReplyClassification c = classifier.classify(reply("Re: Faster onboarding", body, Map.of()));

        assertThat(c.category()).isEqualTo(ReplyCategory.INTERESTED);
    }

    @Test
    void quotedHistoryAfterAnAttributionLineIsIgnored() {
        String body = """
                Not interested, thanks.

                On Tue, Nov 24, 2026 at 9:00 AM Sam <sam@vendor.test> wrote:
                > Would you be interested in a quick call? Let's book a demo.
                """;

        ReplyClassification c = classifier.classify(reply("Re: Faster onboarding", body, Map.of()));

        assertThat(c.category()).isEqualTo(ReplyCategory.NOT_INTERESTED);
    }

    @Test
    void theReplySubjectEchoingOurOwnSubjectIsNotEvidence() {
        ReplyClassification c = classifier.classify(reply("Re: Interested in a demo of pricing?", "Hmm.", Map.of()));

        assertThat(c.category()).isEqualTo(ReplyCategory.UNCLEAR);
    }

    @Test
    void aSubjectOfItsOwnCounts() {
        ReplyClassification c = classifier.classify(reply("Unsubscribe", "", Map.of()));

        assertThat(c.category()).isEqualTo(ReplyCategory.NOT_INTERESTED);
        assertThat(c.confidence()).isGreaterThanOrEqualTo(0.95);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t\n"})
    void anEmptyReplyWithoutEvidenceOfAutomaticMailIsUnclearNotSkip(String body) {
        ReplyClassification c = classifier.classify(reply("", body, Map.of()));

        assertThat(c.category()).isEqualTo(ReplyCategory.UNCLEAR);
        assertThat(c.rationale()).startsWith("empty reply");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Here is another email\n\nSent from my iPhone", "Thank you for your email.", "ok",
            "Von meinem iPhone gesendet"})
    void aPersonsShortMessageIsNeverSkip(String body) {
        ReplyClassification c = classifier.classify(reply("Re: Faster onboarding", body, Map.of()));

        assertThat(c.category()).as(c.rationale()).isNotEqualTo(ReplyCategory.SKIP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Obrigado pela sua mensagem. Estou fora do escritório até 3 de dezembro.",
            "Tack för ditt meddelande. Jag är ledig till och med den 3 december.",
            "Dziękuję za wiadomość. Jestem poza biurem do 3 grudnia.", "Спасибо за письмо. Я в отпуске до 3 декабря.",
            "ご連絡ありがとうございます。12月3日まで不在にしております。", "感谢您的来信。我目前正在休假，12月3日返回。"})
    void outOfOfficeBodiesInSixMoreLanguagesAreSkip(String body) {
        ReplyClassification c = classifier.classify(reply("Re: Faster onboarding", body, Map.of()));

        assertThat(c.category()).as(body).isEqualTo(ReplyCategory.SKIP);
        assertThat(c.rationale()).startsWith("out-of-office text");
    }

    @Test
    void aReplyWithOnlyQuotedHistoryIsUnclearNotAGuess() {
        ReplyClassification c = classifier.classify(
                reply("Re: Faster onboarding", "> Let's book a call?\n> Interested?", Map.of()));

        assertThat(c.category()).isEqualTo(ReplyCategory.UNCLEAR);
    }

    @Test
    void everyResultIsLabelledAsComingFromTheRules() {
        assertThat(classifier.classify(reply("", "Interested", Map.of())).provenance().source()).isEqualTo("rules");
    }

    @Test
    void theThresholdDecidesWhatIsUnclear() {
        Reply yes = reply("Re: x", "Yes", Map.of());

        assertThat(RuleReplyClassifier.defaults().classify(yes).category()).isEqualTo(ReplyCategory.INTERESTED);
        assertThat(RuleReplyClassifier.builder().unclearBelow(0.8).build().classify(yes).category())
                .isEqualTo(ReplyCategory.UNCLEAR);
        assertThatThrownBy(() -> RuleReplyClassifier.builder().unclearBelow(1.5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void headerValuesCannotSmuggleLinesIntoTheRationale() {
        ReplyClassification c = classifier.classify(
                reply("Re: x", "hi", Map.of("Auto-Submitted", "auto-replied\r\n=HYPERLINK(\"http://evil.test\")")));

        assertThat(c.rationale()).doesNotContain("\r").doesNotContain("\n");
    }

    private static Reply reply(String subject, String body, Map<String, String> headers) {
        return new Reply("L1", "ann@example.test", subject, body, headers, Instant.parse("2026-11-25T10:00:00Z"),
                "test");
    }
}
