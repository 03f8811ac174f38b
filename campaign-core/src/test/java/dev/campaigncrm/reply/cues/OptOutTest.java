package dev.campaigncrm.reply.cues;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one test of an opt-out request, which decides both a reply's class and whether its sender is suppressed. */
class OptOutTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"Unsubscribe", "Please remove me from your mailing list.", "Take me off your list.",
            "Stop emailing me.", "Do not contact me again.", "Opt me out.",
            "Bitte nehmen Sie mich aus Ihrem Verteiler.", "Bitte tragen Sie mich aus.", "Abmelden",
            "Merci de me retirer de votre liste.", "Je ne souhaite plus recevoir vos messages.",
            "Por favor, denme de baja.", "No me escriban más.", "Por favor, descadastrem meu e-mail.",
            "Non scrivetemi più.", "Graag afmelden.", "Avregistrera mig, tack."})
    void aRequestNotToBeMailedAgainIsAnOptOutInEveryCueLanguage(String text) {
        assertThat(PhraseEvidence.asksToBeRemoved(text)).isTrue();
        assertThat(PhraseEvidence.of(text).intent()).isEqualTo(Intent.NOT_INTERESTED);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "Not interested, thanks.", "Gerne, nehmen Sie mich in Ihren Verteiler auf.",
            "Send me the deck and I'll share it with our distribution team.", "Can we talk on Friday?"})
    void aDeclineOrAnythingElseIsNoOptOut(String text) {
        assertThat(PhraseEvidence.asksToBeRemoved(text)).isFalse();
    }
}
