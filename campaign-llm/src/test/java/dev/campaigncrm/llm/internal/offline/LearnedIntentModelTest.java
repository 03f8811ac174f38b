package dev.campaigncrm.llm.internal.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.campaigncrm.llm.internal.offline.LearnedIntentModel.Example;
import dev.campaigncrm.llm.internal.offline.LearnedIntentModel.Scored;
import dev.campaigncrm.reply.cues.Intent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The learned intent model: what it learns, that it learns it the same way every time, and what it refuses. */
class LearnedIntentModelTest {

    private static final List<Example> TOY = List.of(
            new Example(Intent.INTERESTED, "Gerne, rufen Sie mich am Dienstag an."),
            new Example(Intent.INTERESTED, "Ja, gerne einen Termin für eine Demo."),
            new Example(Intent.INTERESTED, "Volentieri, sentiamoci martedì per una demo."),
            new Example(Intent.NOT_INTERESTED, "Kein Interesse, bitte keine weiteren E-Mails."),
            new Example(Intent.NOT_INTERESTED, "Non siamo interessati, grazie."),
            new Example(Intent.NOT_INTERESTED, "Nein danke, wir haben schon eine Lösung."),
            new Example(Intent.NEEDS_FOLLOW_UP, "Schicken Sie mir bitte die Preisliste."),
            new Example(Intent.NEEDS_FOLLOW_UP, "Mi mandi il listino prezzi, per favore."),
            new Example(Intent.NEEDS_FOLLOW_UP, "Bitte melden Sie sich im März wieder."),
            new Example(Intent.UNCLEAR, "ok"),
            new Example(Intent.UNCLEAR, "Danke."),
            new Example(Intent.UNCLEAR, "Grazie."));

    @Test
    void readsUnseenWordingsByTheirGramsAcrossAccentsAndInflection() {
        LearnedIntentModel model = LearnedIntentModel.train(TOY);

        assertThat(best(model, "Schicken sie mir die preisliste bitte")).isEqualTo(Intent.NEEDS_FOLLOW_UP);
        assertThat(best(model, "KEIN INTERESSE")).isEqualTo(Intent.NOT_INTERESTED);
        assertThat(best(model, "gerne, rufen sie an")).isEqualTo(Intent.INTERESTED);
        assertThat(best(model, "Listino prezzi?")).isEqualTo(Intent.NEEDS_FOLLOW_UP);
    }

    @Test
    void givesAProbabilityPerClassBestFirst() {
        List<Scored> read = LearnedIntentModel.train(TOY).read("Non siamo interessati");

        assertThat(read).extracting(Scored::intent).containsExactlyInAnyOrder(Intent.values());
        assertThat(read.stream().mapToDouble(Scored::probability).sum()).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(read).isSortedAccordingTo((a, b) -> Double.compare(b.probability(), a.probability()));
        assertThat(read.get(0).intent()).isEqualTo(Intent.NOT_INTERESTED);
    }

    @Test
    void theSameExamplesGiveTheSameModel() {
        LearnedIntentModel a = LearnedIntentModel.train(TOY);
        LearnedIntentModel b = LearnedIntentModel.train(new ArrayList<>(TOY));

        for (String text : List.of("Gerne", "Preisliste?", "bitte nicht mehr schreiben", "", "¿Qué?")) {
            assertThat(b.read(text)).as(text).isEqualTo(a.read(text));
        }
        assertThat(a.trainedOn()).isEqualTo(TOY.size());
        assertThat(a.features()).isEqualTo(b.features()).isPositive();
    }

    @Test
    void aTextWithNoKnownFeatureGetsTheClassesPriorsNotAnError() {
        List<Scored> read = LearnedIntentModel.train(TOY).read("");

        assertThat(read).hasSize(Intent.values().length);
        assertThat(read.get(0).probability()).isLessThan(0.5);
    }

    @Test
    void theBundledModelIsTrainedOnceOnTheExamplesAndTheSevenLanguagesAndShared() {
        LearnedIntentModel bundled = LearnedIntentModel.bundled();

        assertThat(LearnedIntentModel.bundled()).isSameAs(bundled);
        assertThat(bundled.trainedOn()).isEqualTo(LearnedIntentModel.withBundledTraining(java.util.Map.of()).size()
                + java.util.Arrays.stream(Intent.values()).mapToInt(c -> ExampleTexts.load("replies/"
                + dev.campaigncrm.reply.ReplyCategory.of(c).label() + ".txt").size()).sum());
        assertThat(best(bundled, "Schicken Sie mir bitte die Unterlagen.")).isEqualTo(Intent.NEEDS_FOLLOW_UP);
    }

    @Test
    void everyClassNeedsAnExample() {
        List<Example> noUnclear = TOY.stream().filter(e -> e.intent() != Intent.UNCLEAR).toList();

        assertThatThrownBy(() -> LearnedIntentModel.train(noUnclear))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UNCLEAR");
    }

    @Test
    void foldingRemovesAccentsCaseDigitsAndPunctuationButKeepsQuestionMarks() {
        assertThat(TextFeatures.fold("Könnten Sie mir bis 15.3. Infos schicken?!"))
                .isEqualTo("konnten sie mir bis 00.0. infos schicken?!");
        assertThat(TextFeatures.fold("Ça m'intéresse — appelez-moi")).isEqualTo("ca m interesse appelez moi");
    }

    private static Intent best(LearnedIntentModel model, String text) {
        return model.read(text).get(0).intent();
    }
}
