package dev.campaigncrm.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 9: the ways of answering that are one concept in every language (a call declined but material wanted,
 * reading before a call, questions about data and integration, sarcasm, an earlier no or a renewed contract with its
 * date, data erasure, short consents), through the rule classifier.
 */
class ConceptCuesClassificationTest {

    private final RuleReplyClassifier classifier = RuleReplyClassifier.defaults();

    @ParameterizedTest(name = "[{index}] {1} <- {0}")
    @CsvSource(delimiter = '|', textBlock = """
            No time for a call, but do send the pricing sheet.                              | NEEDS_FOLLOW_UP
            Keine Zeit für ein Telefonat, aber schicken Sie mir gern die Unterlagen.         | NEEDS_FOLLOW_UP
            Pas d'appel svp, mais envoyez-moi la brochure.                                  | NEEDS_FOLLOW_UP
            No tengo tiempo para una llamada, pero mándeme la información.                  | NEEDS_FOLLOW_UP
            Não tenho tempo para uma chamada, mas mande mais informações.                   | NEEDS_FOLLOW_UP
            Non ho tempo per una chiamata, però mi mandi il listino prezzi.                 | NEEDS_FOLLOW_UP
            Not interested in a call, thanks.                                               | NOT_INTERESTED
            Keine Zeit für ein Telefonat, danke.                                            | NOT_INTERESTED
            """)
    void aCallDeclinedBesideARequestForMaterialIsAYesToTheMaterial(String text, ReplyCategory expected) {
        assertReads(text, expected);
    }

    @ParameterizedTest(name = "[{index}] {1} <- {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sounds useful. Before any call, could you send me a short overview?             | NEEDS_FOLLOW_UP
            Interessant, aber vor einem Telefonat hätte ich gern eine Übersicht.             | NEEDS_FOLLOW_UP
            Ça m'intéresse, mais avant d'en parler j'aimerais lire votre présentation.      | NEEDS_FOLLOW_UP
            Me interesa, pero antes de una llamada quisiera ver el folleto.                 | NEEDS_FOLLOW_UP
            Tenho interesse, mas antes de falarmos quero ler a apresentação.                | NEEDS_FOLLOW_UP
            Mi interessa, ma prima di sentirci vorrei vedere la presentazione.              | NEEDS_FOLLOW_UP
            """)
    void interestThatWantsToReadBeforeACallIsAFollowUp(String text, ReplyCategory expected) {
        assertReads(text, expected);
    }

    @ParameterizedTest(name = "[{index}] {1} <- {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Wo werden die Daten gespeichert? Wir brauchen einen Serverstandort in Deutschland. | NEEDS_FOLLOW_UP
            Où sont hébergées les données ?                                                  | NEEDS_FOLLOW_UP
            ¿Dónde se guardan los datos de los clientes?                                     | NEEDS_FOLLOW_UP
            Onde ficam armazenados os dados dos alunos?                                      | NEEDS_FOLLOW_UP
            Dove vengono conservati i dati dei pazienti?                                     | NEEDS_FOLLOW_UP
            Se integra con nuestro programa de contabilidad?                                 | NEEDS_FOLLOW_UP
            """)
    void questionsAboutDataAndIntegrationAreFollowUps(String text, ReplyCategory expected) {
        assertReads(text, expected);
    }

    @ParameterizedTest(name = "[{index}] {1} <- {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Oh great, another dashboard. My team will be thrilled.                          | NOT_INTERESTED
            Super, noch ein Tool. Genau das hat uns gefehlt.                                 | NOT_INTERESTED
            Génial, encore une appli à installer sur nos téléphones.                         | NOT_INTERESTED
            Qué bien, otra app más que aprender.                                             | NOT_INTERESTED
            Que ótimo, mais um aplicativo para a equipe decorar.                             | NOT_INTERESTED
            Perfetto, ci mancava solo questa.                                                | NOT_INTERESTED
            """)
    void sarcasmIsADecline(String text, ReplyCategory expected) {
        assertReads(text, expected);
    }

    @ParameterizedTest(name = "[{index}] {1} <- {0}")
    @CsvSource(delimiter = '|', textBlock = """
            We renewed our contract with our current provider in March for three years.       | NOT_INTERESTED
            Wir haben den Vertrag im Oktober verlängert.                                     | NOT_INTERESTED
            Merci, nous avons reconduit notre contrat en juin.                               | NOT_INTERESTED
            Gracias, en marzo renovamos el contrato por tres años.                           | NOT_INTERESTED
            Obrigado, renovamos o contrato em maio até 2029.                                 | NOT_INTERESTED
            Abbiamo rinnovato il contratto a gennaio, grazie.                                | NOT_INTERESTED
            Ya les dije que no en abril. No insistan.                                        | NOT_INTERESTED
            Kein Budget, auch nächstes Jahr nicht.                                           | NOT_INTERESTED
            Our contract runs out in March, write to me then.                                | NEEDS_FOLLOW_UP
            We're moving the whole warehouse in January, so everything is chaos here.        | UNCLEAR
            Wir ziehen im Januar um, hier steht alles Kopf.                                  | UNCLEAR
            Escríbame en enero, por favor.                                                   | NEEDS_FOLLOW_UP
            Melden Sie sich bitte im Januar wieder.                                          | NEEDS_FOLLOW_UP
            """)
    void aDateInTheSentenceOfAnEarlierDecisionIsNoRequestForLater(String text, ReplyCategory expected) {
        assertReads(text, expected);
    }

    @ParameterizedTest(name = "[{index}] {1} <- {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Under the GDPR I request the erasure of my personal data from your systems.      | NOT_INTERESTED
            Gemäß DSGVO verlange ich die Löschung meiner personenbezogenen Daten.            | NOT_INTERESTED
            Conformément au RGPD, je demande la suppression de mes données.                  | NOT_INTERESTED
            Conforme al RGPD, solicito la supresión de mis datos.                            | NOT_INTERESTED
            Nos termos da LGPD, solicito a exclusão dos meus dados.                          | NOT_INTERESTED
            Ai sensi del GDPR chiedo la cancellazione dei miei dati.                         | NOT_INTERESTED
            """)
    void aRequestToEraseOnesDataIsAnOptOut(String text, ReplyCategory expected) {
        ReplyClassification c = classifier.classify(reply(text));

        assertThat(c.category()).as(c.rationale()).isEqualTo(expected);
        assertThat(c.rationale()).contains("erase");
    }

    @ParameterizedTest(name = "[{index}] {1} <- {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Our spreadsheet does the job and we won't be switching.                          | NOT_INTERESTED
            Somos una tienda pequeña, no hace falta, gracias.                                | NOT_INTERESTED
            Obrigado, mas não é preciso.                                                     | NOT_INTERESTED
            Grazie, ma non ci serve.                                                         | NOT_INTERESTED
            Danke, das ist bei uns nicht nötig.                                              | NOT_INTERESTED
            Le nostre celle sono già monitorate con il sistema del consorzio.               | NOT_INTERESTED
            Unsere Kühlräume werden bereits überwacht.                                       | NOT_INTERESTED
            Hatten wir schon mal, nach einem Winter kaputt. Nie wieder.                      | NOT_INTERESTED
            Merci, ça ira.                                                                   | NOT_INTERESTED
            Never again, the last one broke after one winter.                                | NOT_INTERESTED
            Our fridges are already monitored by the landlord's system.                      | NOT_INTERESTED
            """)
    void sayingThereIsNoNeedIsADecline(String text, ReplyCategory expected) {
        assertReads(text, expected);
    }

    @ParameterizedTest(name = "[{index}] {1} <- {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Dale, hablamos.                                                                  | INTERESTED
            Ok, mandatemi la presentazione e ci guardo.                                      | NEEDS_FOLLOW_UP
            Agora não dá, voltem a contactar-me depois do Natal.                             | NEEDS_FOLLOW_UP
            Go on then, a call's fine. Thursday after three.                                 | INTERESTED
            El jueves me sirve.                                                              | INTERESTED
            Bora marcar!                                                                     | INTERESTED
            Fissiamo una chiamata?                                                           | INTERESTED
            ¿De qué me sirve eso?                                                            | UNCLEAR
            """)
    void shortConsentsToACall(String text, ReplyCategory expected) {
        assertReads(text, expected);
    }

    private void assertReads(String text, ReplyCategory expected) {
        ReplyClassification c = classifier.classify(reply(text));

        assertThat(c.category()).as(c.rationale()).isEqualTo(expected);
    }

    private static Reply reply(String body) {
        return new Reply("L1", "someone@example.test", "Re: A quick question", body, Map.of(),
                Instant.parse("2026-03-04T10:00:00Z"), "test");
    }
}
