package dev.campaigncrm.reply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.reply.cues.Intent;
import dev.campaigncrm.reply.cues.PhraseEvidence;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 9: replies in the seven languages, a contact who left, and referrals, through the rule classifier. */
class MultilingualReplyClassificationTest {

    private final RuleReplyClassifier classifier = RuleReplyClassifier.defaults();

    @ParameterizedTest(name = "[{index}] {1} <- {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Gerne, lassen Sie uns nächste Woche telefonieren.                   | INTERESTED
            Klingt spannend, rufen Sie mich am Donnerstag an.                   | INTERESTED
            Kein Interesse, danke.                                              | NOT_INTERESTED
            Das interessiert uns nicht.                                         | NOT_INTERESTED
            Können Sie mir weitere Informationen und Preise schicken?           | NEEDS_FOLLOW_UP
            Derzeit nicht, melden Sie sich bitte im nächsten Quartal.           | NEEDS_FOLLOW_UP
            Merci, mais nous ne sommes pas intéressés.                          | NOT_INTERESTED
            Ça m'intéresse, pouvons-nous caler un appel jeudi ?                  | INTERESTED
            Pouvez-vous m'envoyer plus d'informations sur vos tarifs ?          | NEEDS_FOLLOW_UP
            Recontactez-moi après l'été.                                        | NEEDS_FOLLOW_UP
            ¿Podría enviarme más información sobre los precios?                 | NEEDS_FOLLOW_UP
            Me interesa, ¿podemos agendar una llamada el martes?                | INTERESTED
            No nos interesa, gracias.                                           | NOT_INTERESTED
            Ahora no, escríbame en septiembre.                                  | NEEDS_FOLLOW_UP
            Tenho interesse, podemos marcar uma reunião na quinta?              | INTERESTED
            Obrigado, mas não temos interesse.                                  | NOT_INTERESTED
            Quanto custa? Pode enviar mais informações?                         | NEEDS_FOLLOW_UP
            Mi interessa, possiamo sentirci giovedì?                            | INTERESTED
            Grazie, ma non siamo interessati.                                   | NOT_INTERESTED
            Potete inviarmi maggiori informazioni sui prezzi?                   | NEEDS_FOLLOW_UP
            Klinkt interessant, kunnen we volgende week bellen?                 | INTERESTED
            Nee dank u, geen interesse.                                         | NOT_INTERESTED
            Kunt u mij meer informatie over de prijzen sturen?                  | NEEDS_FOLLOW_UP
            Le sujet est suivi par ma collègue Anne, contactez-la.              | NEEDS_FOLLOW_UP
            Je dois y réfléchir.                                                | UNCLEAR
            No sé, tendría que pensarlo.                                        | UNCLEAR
            Das muss ich mir noch überlegen.                                    | UNCLEAR
            Woher haben Sie eigentlich meine Adresse?                           | UNCLEAR
            Where did you get my email address?                                 | UNCLEAR
            Estou fora. Volte a escrever-me em fevereiro.                       | NEEDS_FOLLOW_UP
            Mi riscriva a marzo, ne parliamo volentieri.                        | NEEDS_FOLLOW_UP
            ok, send it over                                                    | NEEDS_FOLLOW_UP
            Vale, mándame la info.                                              | NEEDS_FOLLOW_UP
            Si te parece, escríbeme otra vez a mediados de enero.               | NEEDS_FOLLOW_UP
            Fechamos o ano agora. Me manda um email depois disso que a gente conversa. | NEEDS_FOLLOW_UP
            Wir bleiben bei unserer Werkstatt, wir brauchen da nichts.          | NOT_INTERESTED
            Not something we'd look at, thanks.                                 | NOT_INTERESTED
            Somos pequenos e não vamos investir nisso este ano.                 | NOT_INTERESTED
            Merci de ne plus m'envoyer ce genre de message.                     | NOT_INTERESTED
            Ce sujet est suivi par notre chef d'atelier, voyez plutôt avec lui. | NEEDS_FOLLOW_UP
            Per queste cose deve sentire il nostro responsabile tecnico.        | NEEDS_FOLLOW_UP
            Diese Woche ist Inventur. Wie wäre es mit Dienstag um 10:00 Uhr?    | INTERESTED
            Pode ligar. Amanhã depois das 16h.                                  | INTERESTED
            Send over the two pager pls                                         | NEEDS_FOLLOW_UP
            Übersicht gerne                                                     | NEEDS_FOLLOW_UP
            Mi mandi pure il pdf                                                | NEEDS_FOLLOW_UP
            We paid 1.500 on Monday for the new meters.                         | UNCLEAR
            Our capital bid was turned down again, so there is no money for this. | NOT_INTERESTED
            Our budget is frozen until Q2. Ping me then?                        | NEEDS_FOLLOW_UP
            Wir haben einen Ausgabenstopp, da geht dieses Jahr nichts.          | NOT_INTERESTED
            Le budget est bouclé pour cette année, désolé.                      | NOT_INTERESTED
            Nos recortaron el presupuesto, así que no hay cómo.                 | NOT_INTERESTED
            Não temos verba para isto, o orçamento já está fechado.             | NOT_INTERESTED
            Quest'anno non c'è budget, mi spiace.                               | NOT_INTERESTED
            Het budget is op voor dit jaar.                                     | NOT_INTERESTED
            Das klingt interessant, aber wir haben dieses Jahr kein Budget.     | NOT_INTERESTED
            Sounds interesting, but we already work with another vendor.        | NOT_INTERESTED
            C'est intéressant, mais nous travaillons déjà avec un autre prestataire. | NOT_INTERESTED
            Suena interesante, pero no tenemos presupuesto.                     | NOT_INTERESTED
            Un'altra app? I nostri soci non la userebbero. Lasci perdere.       | NOT_INTERESTED
            Forget it, we do this on paper and it works.                        | NOT_INTERESTED
            Laissez tomber, on a autre chose à faire.                           | NOT_INTERESTED
            Obrigado pelo contacto, fica registado.                             | UNCLEAR
            Duly noted, thanks.                                                 | UNCLEAR
            Preso nota, grazie.                                                 | UNCLEAR
            Bien noté, merci.                                                   | UNCLEAR
            ok per la call                                                      | INTERESTED
            Ok pour les deux pages                                              | NEEDS_FOLLOW_UP
            Vale para la llamada, el martes.                                    | INTERESTED
            Ok, fine with the two pager.                                        | NEEDS_FOLLOW_UP
            Fantastico, un altro abbonamento. Passo.                            | NOT_INTERESTED
            Danke, wir haben schon ein Tool im Einsatz und sind damit zufrieden. | NOT_INTERESTED
            Pode mandar o resumo, obrigado.                                     | NEEDS_FOLLOW_UP
            Go on then, send the two pages over.                                | NEEDS_FOLLOW_UP
            Volontiers, envoyez-moi les deux pages.                             | NEEDS_FOLLOW_UP
            Interessant. Bitte schicken Sie mir die Übersicht.                  | NEEDS_FOLLOW_UP
            Interessant. Rufen Sie mich am Dienstag an und schicken Sie vorher die Übersicht. | INTERESTED
            We have just renewed a three-year contract with our provider.       | NOT_INTERESTED
            Das lohnt sich für uns nicht.                                       | NOT_INTERESTED
            Grazie, ma no.                                                      | NOT_INTERESTED
            Prefiero que me llame por teléfono, mañana a partir de las diez.    | INTERESTED
            Works fine as it is. No ta.                                         | NOT_INTERESTED
            Somos seis quartos e tratamos de tudo em família. Não se justifica. | NOT_INTERESTED
            Siamo sette camere e le rifaccio io. Grazie lo stesso.              | NOT_INTERESTED
            Wir sind ein Familienbetrieb, da braucht's keine App.               | NOT_INTERESTED
            Ya nos lo ofrecieron el año pasado y ya dijimos que no.             | NOT_INTERESTED
            Thanks anyway, we're fine.                                          | NOT_INTERESTED
            Mandi pure la presentazione, grazie.                                | NEEDS_FOLLOW_UP
            Génial, encore des SMS. Très peu pour nous.                         | NOT_INTERESTED
            Justo firmamos el mes pasado con otra empresa.                      | NOT_INTERESTED
            Overview not needed. Book me in for the call, mornings work best.   | INTERESTED
            Si l'essai est gratuit, on est partants. On s'appelle pour caler ça ? | INTERESTED
            Adesso non è una priorità. Ci risentiamo a febbraio.                | NEEDS_FOLLOW_UP
            """)
    void readsIntentInEveryLanguage(String text, ReplyCategory expected) {
        ReplyClassification c = classifier.classify(reply(text));

        assertThat(c.category()).as(c.rationale()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Lassen Sie es mich wissen, wann Sie Zeit haben.",
            "Laat maar weten wanneer het u past.", "Non si dimentichi di mandarmi il listino.",
            "Don't forget it's a holiday here on Monday, call me Tuesday."})
    void letMeKnowAndDoNotForgetAreNoDecline(String text) {
        ReplyClassification c = classifier.classify(reply(text));

        assertThat(c.category()).as(c.rationale()).isNotEqualTo(ReplyCategory.NOT_INTERESTED);
    }

    @Test
    void aJobTitleUnderTheNameIsNoReferralButSayingWhoIsResponsibleIs() {
        ReplyClassification signed = classifier.classify(reply(
                "Estamos en plena auditoría, no tengo cabeza para nada más.\nLuis Calvo\nResponsable de Calidad"));
        ReplyClassification referred = classifier.classify(reply(
                "C'est notre responsable de la logistique qui décide, voyez avec lui."));

        assertThat(signed.category()).as(signed.rationale()).isNotEqualTo(ReplyCategory.NEEDS_FOLLOW_UP);
        assertThat(referred.category()).as(referred.rationale()).isEqualTo(ReplyCategory.NEEDS_FOLLOW_UP);
    }

    @Test
    void aShortMessageWithASignatureIsAPersonsUnclearMessage() {
        ReplyClassification c = classifier.classify(reply("Here is another email\n\nSent from my iPhone"));

        assertThat(c.category()).as(c.rationale()).isEqualTo(ReplyCategory.UNCLEAR);
    }

    @Test
    void askingWhyWeWroteIsForAPersonToReadNotADecline() {
        ReplyClassification c = classifier.classify(reply("Why did you email me?"));

        assertThat(c.category()).as(c.rationale()).isEqualTo(ReplyCategory.UNCLEAR);
    }

    @Test
    void aContactWhoLeftIsSkippedWithTheReasonContactLeft() {
        ReplyClassification c = classifier.classify(
                reply("I'm no longer with the company. This inbox is not monitored."));

        assertThat(c.category()).isEqualTo(ReplyCategory.SKIP);
        assertThat(c.rationale()).startsWith("contact left");
        assertThat(c.referral()).isEmpty();
    }

    @Test
    void aColleagueSayingInFrenchThatTheContactLeftIsSkipWithTheAddressGiven() {
        ReplyClassification c = classifier.classify(reply("Bonjour, Claire Martin a quitté Dupont Frères le 30 "
                + "novembre. Merci d'écrire désormais à contact@dupont.test."));

        assertThat(c.category()).as(c.rationale()).isEqualTo(ReplyCategory.SKIP);
        assertThat(c.rationale()).startsWith("contact left");
        assertThat(c.referral()).isEqualTo("contact@dupont.test");
    }

    @Test
    void aContactWhoLeftKeepsTheAddressOrNameItGives() {
        assertThat(classifier.classify(reply("Anna has left the company. Please contact info@acme.test instead."))
                .referral()).isEqualTo("info@acme.test");
        ReplyClassification named = classifier.classify(
                reply("I am no longer with Acme. Please reach out to Maria Lopez."));
        assertThat(named.category()).isEqualTo(ReplyCategory.SKIP);
        assertThat(named.referral()).isEqualTo("Maria Lopez");
        assertThat(classifier.classify(reply("Frau Berger ist nicht mehr im Unternehmen. Wenden Sie sich bitte an "
                + "Herrn Jonas Weber (jonas.weber@beispiel.test).")).referral())
                .isEqualTo("Jonas Weber <jonas.weber@beispiel.test>");
    }

    @Test
    void theWrongPersonIsAFollowUpWithTheReferral() {
        ReplyClassification c = classifier.classify(reply("I'm not the right person, talk to Priya Nair."));

        assertThat(c.category()).as(c.rationale()).isEqualTo(ReplyCategory.NEEDS_FOLLOW_UP);
        assertThat(c.referral()).isEqualTo("Priya Nair");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Bonjour, c'est Paul qui suit cela, vous pouvez lui écrire : paul.martin@atelier.test   | paul.martin@atelier.test
            Buenos días, le dejo el correo de nuestra jefa de compras (ana.ruiz@compras.test).   | ana.ruiz@compras.test
            """)
    void anAddressHandedOnInASentenceIsAReferralInAnyLanguage(String text, String referral) {
        ReplyClassification c = classifier.classify(reply(text));

        assertThat(c.category()).as(c.rationale()).isEqualTo(ReplyCategory.NEEDS_FOLLOW_UP);
        assertThat(c.referral()).isEqualTo(referral);
    }

    @Test
    void anAddressIntroducedByAColonOnTheLineBeforeIsAReferral() {
        ReplyClassification c = classifier.classify(reply("Per queste cose il nostro responsabile officina:\n"
                + "davide.marchetti@officina.test\nLucia"));

        assertThat(c.category()).as(c.rationale()).isEqualTo(ReplyCategory.NEEDS_FOLLOW_UP);
        assertThat(c.referral()).isEqualTo("davide.marchetti@officina.test");
    }

    @Test
    void aQuestionWithNoCueLeansToFollowUpButAloneIsForAPersonToRead() {
        PhraseEvidence e = PhraseEvidence.of("Il misuratore come comunica? Via wifi o serve un cavo?");

        assertThat(e.intent()).isEqualTo(Intent.NEEDS_FOLLOW_UP);
        assertThat(e.rationale()).startsWith("asks a question");
        assertThat(classifier.classify(reply("Il misuratore come comunica? Via wifi o serve un cavo?")).category())
                .isEqualTo(ReplyCategory.UNCLEAR);
    }

    @Test
    void theWritersOwnAddressUnderTheirNameIsNoReferral() {
        ReplyClassification c = classifier.classify(reply("Danke für die Nachricht.\n\nGerd Hoffmann\n"
                + "Leiter Fuhrpark | Tel. +49 30 1234 | gerd.hoffmann@firma.test"));

        assertThat(c.category()).as(c.rationale()).isEqualTo(ReplyCategory.UNCLEAR);
        assertThat(c.referral()).isEmpty();
    }

    @Test
    void aReferralIsNeverAFormulaOrASecondAddress() {
        ReplyClassification c = classifier.classify(reply("I'm not the right person, contact =HYPERLINK(\"x\")"));
        assertThat(c.referral()).doesNotStartWith("=");
        ReplyClassification two = classifier.classify(
                reply("Not the right person - please contact a@x.test,b@y.test or -evil@z.test"));
        assertThat(two.referral()).isEqualTo("a@x.test");
    }

    private static Reply reply(String body) {
        return new Reply("L1", "someone@example.test", "Re: A quick question", body, Map.of(),
                Instant.parse("2026-03-04T10:00:00Z"), "test");
    }
}
