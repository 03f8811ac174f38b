package dev.campaigncrm.reply.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The person's words of a plain-text reply, wherever they stand, in twelve languages. */
class ReplyTextTest {

    /** The campaign email as a client quotes it: with a footer and an opt-out line. */
    private static final String QUOTED_CAMPAIGN = """
            > Hi Dana,
            >
            > would a 20-minute call next week help your team onboard faster?
            >
            > Best, Alex Morgan, Seller Inc., 1 Main Street, Springfield
            > Not interested? Reply "unsubscribe" and we will not write again.
            """;
    /** The same email unquoted, as Outlook, Yahoo, AOL and Zimbra put it under their header blocks. */
    private static final String UNQUOTED_CAMPAIGN = """
            Hi Dana,

            would a 20-minute call next week help your team onboard faster?

            Best, Alex Morgan, Seller Inc., 1 Main Street, Springfield
            Not interested? Reply "unsubscribe" and we will not write again.
            """;

    /** Language, the person's words, and the attribution line their client writes above a quote. */
    static Stream<Arguments> attributions() {
        return Stream.of(
                Arguments.of("en gmail", "Yes, Thursday at 2pm works for me.",
                        "On Tue, Mar 3, 2026 at 10:15 AM Alex Morgan <alex@seller.test> wrote:"),
                Arguments.of("en android", "Yes, Thursday at 2pm works for me.",
                        "On Tue, 3 Mar 2026, 10:15 Alex Morgan, <alex@seller.test> wrote:"),
                Arguments.of("en thunderbird", "Yes, Thursday at 2pm works for me.",
                        "On 03/03/2026 10:15, Alex Morgan wrote:"),
                Arguments.of("de gmail", "Gerne, lassen Sie uns nächste Woche telefonieren.",
                        "Am Di., 3. März 2026 um 10:15 Uhr schrieb Alex Morgan <alex@seller.test>:"),
                Arguments.of("de android", "Gerne, lassen Sie uns nächste Woche telefonieren.",
                        "Alex Morgan <alex@seller.test> schrieb am Di., 3. März 2026, 10:15:"),
                Arguments.of("de thunderbird", "Gerne, lassen Sie uns nächste Woche telefonieren.",
                        "Am 03.03.26 um 10:15 schrieb Alex Morgan:"),
                Arguments.of("fr", "Merci, mais nous ne sommes pas intéressés.",
                        "Le mar. 3 mars 2026 à 10:15, Alex Morgan <alex@seller.test> a écrit\u00a0:"),
                Arguments.of("es", "¿Podría enviarme más información sobre los precios?",
                        "El mar, 3 mar 2026 a las 10:15, Alex Morgan (<alex@seller.test>) escribió:"),
                Arguments.of("pt", "Obrigado, podemos falar na próxima semana?",
                        "Em ter., 3 de mar. de 2026 às 10:15, Alex Morgan <alex@seller.test> escreveu:"),
                Arguments.of("it", "Grazie, ci sentiamo giovedì.",
                        "Il giorno mar 3 mar 2026 alle ore 10:15 Alex Morgan <alex@seller.test> ha scritto:"),
                Arguments.of("nl", "Prima, bel me donderdag maar.",
                        "Op di 3 mrt 2026 om 10:15 schreef Alex Morgan <alex@seller.test>:"),
                Arguments.of("sv", "Tack, vi hörs på torsdag.",
                        "Den tis 3 mars 2026 kl 10:15 skrev Alex Morgan <alex@seller.test>:"),
                Arguments.of("pl thunderbird", "Dziękuję, proszę o kontakt w przyszłym tygodniu.",
                        "W dniu 3.03.2026 o 10:15, Alex Morgan pisze:"),
                Arguments.of("pl gmail", "Dziękuję, proszę o kontakt w przyszłym tygodniu.",
                        "wt., 3 mar 2026 o 10:15 Alex Morgan <alex@seller.test> napisał(a):"),
                Arguments.of("ru outlook", "Спасибо, давайте созвонимся в четверг.",
                        "03.03.2026 10:15 пользователь \"Alex Morgan\" <alex@seller.test> написал:"),
                Arguments.of("ru gmail", "Спасибо, давайте созвонимся в четверг.",
                        "вт, 3 мар. 2026 г. в 10:15, Alex Morgan <alex@seller.test>:"),
                Arguments.of("ja apple", "ありがとうございます。木曜日にお電話ください。",
                        "2026/03/03 10:15、Alex Morgan <alex@seller.test>のメッセージ:"),
                Arguments.of("ja gmail", "ありがとうございます。木曜日にお電話ください。",
                        "2026年3月3日(火) 10:15 Alex Morgan <alex@seller.test>:"),
                Arguments.of("zh gmail", "谢谢，我们周四通话吧。",
                        "Alex Morgan <alex@seller.test> 于2026年3月3日周二 10:15写道："));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attributions")
    void topPostedWordsAboveAnAttributionAndAQuote(String language, String words, String attribution) {
        String body = words + "\n\n" + attribution + "\n" + QUOTED_CAMPAIGN;

        assertThat(ReplyText.of(body)).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attributions")
    void bottomPostedWordsBelowAnAttributionAndAQuote(String language, String words, String attribution) {
        String body = attribution + "\n" + QUOTED_CAMPAIGN + "\n" + words + "\n";

        assertThat(ReplyText.of(body)).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | On Tuesday, March 3, 2026 at 10:15:00 AM GMT+1, Alex Morgan <alex@seller.test> wrote:
            de | Am Dienstag, 3. März 2026, 10:15:00 MEZ hat Alex Morgan <alex@seller.test> Folgendes geschrieben:
            fr | Le mardi 3 mars 2026, 10:15:00 UTC+1, Alex Morgan <alex@seller.test> a écrit :
            es | El martes, 3 de marzo de 2026, 10:15:00 CET, Alex Morgan <alex@seller.test> escribió:
            pt | Em terça-feira, 3 de março de 2026 10:15, Alex Morgan <alex@seller.test> escreveu:
            it | Il martedì 3 marzo 2026, 10:15:00 CET, Alex Morgan <alex@seller.test> ha scritto:
            nl | Op dinsdag 3 maart 2026 10:15:00 CET schreef Alex Morgan <alex@seller.test>:
            sv | Den tisdag 3 mars 2026 10:15:00 CET skrev Alex Morgan <alex@seller.test>:
            pl | W dniu wtorek, 3 marca 2026 10:15 Alex Morgan <alex@seller.test> napisał:
            ru | 03.03.2026 10:15 пользователь Alex Morgan <alex@seller.test> написал:
            ja | 2026/03/03 10:15、Alex Morgan <alex@seller.test> のメッセージ:
            zh | 在 2026年3月3日 10:15，Alex Morgan <alex@seller.test> 写道：
            """)
    void anUnquotedOriginalUnderACertainAttributionIsCut(String language, String attribution) {
        String body = "Thanks, we will pass.\n\n    " + attribution + "\n\n" + UNQUOTED_CAMPAIGN.indent(4);

        assertThat(ReplyText.of(body)).as(language).isEqualTo("Thanks, we will pass.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | From: Alex Morgan <alex@seller.test>; Sent: Tuesday, March 3, 2026 10:15 AM; To: Dana Fischer <dana@client.test>; Subject: Faster onboarding
            de | Von: Alex Morgan <alex@seller.test>; Gesendet: Dienstag, 3. März 2026 10:15; An: Dana Fischer <dana@client.test>; Betreff: Schnelleres Onboarding
            fr | De : Alex Morgan <alex@seller.test>; Envoyé : mardi 3 mars 2026 10:15; À : Dana Fischer <dana@client.test>; Objet : Un onboarding plus rapide
            es | De: Alex Morgan <alex@seller.test>; Enviado: martes, 3 de marzo de 2026 10:15; Para: Dana Fischer <dana@client.test>; Asunto: Incorporación más rápida
            pt | De: Alex Morgan <alex@seller.test>; Enviado: terça-feira, 3 de março de 2026 10:15; Para: Dana Fischer <dana@client.test>; Assunto: Integração mais rápida
            it | Da: Alex Morgan <alex@seller.test>; Inviato: martedì 3 marzo 2026 10:15; A: Dana Fischer <dana@client.test>; Oggetto: Onboarding più rapido
            nl | Van: Alex Morgan <alex@seller.test>; Verzonden: dinsdag 3 maart 2026 10:15; Aan: Dana Fischer <dana@client.test>; Onderwerp: Snellere onboarding
            sv | Från: Alex Morgan <alex@seller.test>; Skickat: den 3 mars 2026 10:15; Till: Dana Fischer <dana@client.test>; Ämne: Snabbare onboarding
            pl | Od: Alex Morgan <alex@seller.test>; Wysłano: wtorek, 3 marca 2026 10:15; Do: Dana Fischer <dana@client.test>; Temat: Szybszy onboarding
            ru | От: Alex Morgan <alex@seller.test>; Отправлено: 3 марта 2026 г. 10:15; Кому: Dana Fischer <dana@client.test>; Тема: Быстрый онбординг
            ja | 差出人: Alex Morgan <alex@seller.test>; 送信日時: 2026年3月3日 10:15; 宛先: Dana Fischer <dana@client.test>; 件名: オンボーディング
            zh | 发件人: Alex Morgan <alex@seller.test>; 发送时间: 2026年3月3日 10:15; 收件人: Dana Fischer <dana@client.test>; 主题: 更快的入职
            """)
    void anOutlookHeaderBlockAndTheOriginalUnderItAreCut(String language, String headers) {
        String block = String.join("\n", headers.split("; "));
        String plain = "Thanks, we will pass.\n\n" + block + "\n\n" + UNQUOTED_CAMPAIGN;
        String ruled = "Thanks, we will pass.\n\n________________________________\n" + block + "\n\n" + UNQUOTED_CAMPAIGN;
        String bold = "Thanks, we will pass.\n\n" + block.replaceAll("(?m)^([^:：]+)([:：])", "*$1$2*") + "\n\n"
                + UNQUOTED_CAMPAIGN;

        assertThat(ReplyText.of(plain)).as(language).isEqualTo("Thanks, we will pass.");
        assertThat(ReplyText.of(ruled)).as(language).isEqualTo("Thanks, we will pass.");
        assertThat(ReplyText.of(bold)).as(language).isEqualTo("Thanks, we will pass.");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-----Original Message-----", "----- Original Message -----",
            "-------- Original message --------", "-----Ursprüngliche Nachricht-----", "-----Message d'origine-----",
            "-----Mensaje original-----", "-----Mensagem original-----", "-----Messaggio originale-----",
            "-----Oorspronkelijk bericht-----", "-----Ursprungligt meddelande-----", "-----Wiadomość oryginalna-----",
            "-----Исходное сообщение-----", "-----元のメッセージ-----", "------------------ 原始邮件 ------------------",
            "---------- Forwarded message ---------", "---------- Weitergeleitete Nachricht ---------",
            "-------- Message transféré --------", "---------- Mensaje reenviado ----------",
            "Begin forwarded message:", "Anfang der weitergeleiteten Nachricht:"})
    void aSeparatorAndTheOriginalUnderItAreCut(String separator) {
        String body = "Thanks, we will pass.\n\n" + separator + "\nFrom: Alex Morgan <alex@seller.test>\n\n"
                + UNQUOTED_CAMPAIGN;

        assertThat(ReplyText.of(body)).isEqualTo("Thanks, we will pass.");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Sent from my iPhone", "Sent from my Android phone", "Sent from my Galaxy",
            "Sent from Outlook for iOS", "Get Outlook for Android", "Sent from Yahoo Mail for iPhone",
            "Sent from the all new AOL app for iOS", "Von meinem iPhone gesendet", "Gesendet von meinem Android",
            "Envoyé de mon iPhone", "Enviado desde mi iPhone", "Enviado do meu iPhone", "Inviato da iPhone",
            "Verzonden met mijn iPhone", "Skickat från min iPhone", "Wysłane z iPhone'a", "Отправлено с iPhone",
            "iPhoneから送信", "发自我的iPhone"})
    void mobileTaglinesAreNotThePersonsWords(String tagline) {
        String body = "Here is another email\n\n" + tagline + "\n\n"
                + "On Tue, Mar 3, 2026 at 10:15 AM Alex Morgan <alex@seller.test> wrote:\n" + QUOTED_CAMPAIGN;

        assertThat(ReplyText.of(body)).isEqualTo("Here is another email");
    }

    @Test
    void interleavedAnswersAreKeptInOrderWithoutTheQuotes() {
        String body = """
                On 03/03/2026 10:15, Alex Morgan wrote:
                > Hi Dana,
                >
                > would a 20-minute call next week help?

                Yes, Tuesday afternoon works.

                > Which tools does your team use today?

                Mostly spreadsheets, and HubSpot for the sales team.

                > Not interested? Reply "unsubscribe" and we will not write again.

                Dana
                """;

        assertThat(ReplyText.of(body)).isEqualTo("Yes, Tuesday afternoon works.\n\n"
                + "Mostly spreadsheets, and HubSpot for the sales team.\n\nDana");
    }

    @Test
    void aReplyThatQuotesEarlierMailIsToldFromOneThatDoesNot() {
        assertThat(ReplyText.quotesHistory("Sounds good.\n\nOn Tue, 3 Dec 2026 at 09:00, Alex <alex@seller.test> wrote:\n"
                + "> Hi Dana,\n> a short question")).isTrue();
        assertThat(ReplyText.quotesHistory("Gerne.\n\n-----Ursprüngliche Nachricht-----\nVon: Alex\nBetreff: Frage"))
                .isTrue();
        assertThat(ReplyText.quotesHistory("I am out of the office until Monday.\nRegards, Dana")).isFalse();
        assertThat(ReplyText.quotesHistory("")).isFalse();
    }

    @Test
    void answersDirectlyBetweenQuotedLinesStayOnTheirLines() {
        assertThat(ReplyText.of("> Would a call work?\nYes.\n> Which day?\nFriday.")).isEqualTo("Yes.\nFriday.");
    }

    @Test
    void anAttributionWrappedOverTwoLinesIsCut() {
        assertThat(ReplyText.of("Yes, Thursday works.\n\nOn Mon, Nov 30, 2026 at 9:00 AM Alex Morgan <\n"
                + "alex@seller.test> wrote:\n> earlier text")).isEqualTo("Yes, Thursday works.");
        assertThat(ReplyText.of("Oui.\n\nLe lun. 30 nov. 2026 à 09:00, Alex Morgan <alex@seller.test> a\n"
                + "écrit :\n> x")).isEqualTo("Oui.");
    }

    @Test
    void anAttributionWithoutADateCountsOnlyAboveAQuote() {
        assertThat(ReplyText.of("Sounds good.\n\nAlex wrote:\n> Can we talk?")).isEqualTo("Sounds good.");
        assertThat(ReplyText.of("Here is what our CFO wrote:\nwe need a quote first."))
                .isEqualTo("Here is what our CFO wrote:\nwe need a quote first.");
    }

    @Test
    void sentencesThatOnlyLookLikeMarkersAreKept() {
        String text = """
                On second thought, we are interested.
                On Tuesday I wrote to our CFO about it.
                Budget -- approved -- let's go.
                From: the desk of our CEO, a clear yes.
                De: nada, gracias.""";

        assertThat(ReplyText.of(text)).isEqualTo(text);
    }

    @Test
    void theSignatureIsCutEvenWhenItsTrailingSpaceWasLost() {
        assertThat(ReplyText.of("Not interested.\n-- \nBob\nCEO")).isEqualTo("Not interested.");
        assertThat(ReplyText.of("Not interested.\n--\nBob\nCEO")).isEqualTo("Not interested.");
    }

    @Test
    void aBottomPostedSignatureIsCutToo() {
        String body = "On 03/03/2026 10:15, Alex Morgan wrote:\n" + QUOTED_CAMPAIGN
                + "\nNot for us at the moment, thanks.\n\nTom\n-- \nTom Becker | Head of IT\nClient GmbH\n";

        assertThat(ReplyText.of(body)).isEqualTo("Not for us at the moment, thanks.\n\nTom");
    }

    @Test
    void contactLinesUnderAClosingAndTheNameAreCut() {
        String body = """
                Please send the pricing for 40 seats.

                Best regards,
                Dana Fischer
                Head of Operations
                Client GmbH | Hauptstraße 1, 10115 Berlin
                Tel. +49 30 1234 5678
                www.client.test
                """;

        assertThat(ReplyText.of(body)).isEqualTo("Please send the pricing for 40 seats.\n\nBest regards,\nDana Fischer");
    }

    @Test
    void aPostscriptUnderTheNameIsThePersonsWords() {
        String body = "Not me, sorry.\n\nBest,\nDana\n\nP.S. Please write to maria.lopez@client.test instead.";

        assertThat(ReplyText.of(body)).isEqualTo(body);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "This email and any attachments are confidential and intended solely for the addressee.",
            "CONFIDENTIALITY NOTICE: The contents of this email message are privileged.",
            "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen.",
            "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires.",
            "Este mensaje y sus adjuntos son confidenciales y para uso exclusivo del destinatario.",
            "Please consider the environment before printing this email."})
    void legalDisclaimersAreCut(String disclaimer) {
        String body = "Yes, please call me on Thursday.\n\nDana\n\n" + disclaimer + "\nIf you received it in error,"
                + " delete it.\n\nOn Tue, Mar 3, 2026 at 10:15 AM Alex Morgan <alex@seller.test> wrote:\n"
                + QUOTED_CAMPAIGN;

        assertThat(ReplyText.of(body)).isEqualTo("Yes, please call me on Thursday.\n\nDana");
    }

    @Test
    void aForwardedOriginalIsNotThePersonsWords() {
        String body = """
                Maria, see below - could you take this?

                ---------- Forwarded message ---------
                From: Alex Morgan <alex@seller.test>
                Date: Tue, Mar 3, 2026 at 10:15 AM
                Subject: Faster onboarding
                To: <dana@client.test>

                """ + UNQUOTED_CAMPAIGN;

        assertThat(ReplyText.of(body)).isEqualTo("Maria, see below - could you take this?");
    }

    @Test
    void onlyQuotesAndASignatureLeaveNothing() {
        assertThat(ReplyText.of("> Let's book a call?\n> Interested?\n\nSent from my iPhone")).isEmpty();
        assertThat(ReplyText.of(null)).isEmpty();
        assertThat(ReplyText.of(" \r\n ")).isEmpty();
    }

    @Test
    void readingTheWordsAgainChangesNothing() {
        String body = "Yes please.\r\n\r\nBest regards,\r\nDana\r\nClient GmbH | +49 30 1234567\r\n\r\n"
                + "On Tue, Mar 3, 2026 at 10:15 AM Alex Morgan <alex@seller.test> wrote:\r\n" + QUOTED_CAMPAIGN;

        String once = ReplyText.of(body);

        assertThat(once).isEqualTo("Yes please.\n\nBest regards,\nDana");
        assertThat(ReplyText.of(once)).isEqualTo(once);
    }

    @Test
    void theSubjectOfTheSendersOwnComesFirst() {
        assertThat(ReplyText.withOwnSubject("Unsubscribe", "")).isEqualTo("Unsubscribe.");
        assertThat(ReplyText.withOwnSubject("Pricing question", "What does it cost?"))
                .isEqualTo("Pricing question.\n\nWhat does it cost?");
        assertThat(ReplyText.withOwnSubject("Re: Faster onboarding", "What does it cost?"))
                .isEqualTo("What does it cost?");
        assertThat(ReplyText.withOwnSubject("AW: Schnelleres Onboarding", "Gerne.")).isEqualTo("Gerne.");
    }
}
