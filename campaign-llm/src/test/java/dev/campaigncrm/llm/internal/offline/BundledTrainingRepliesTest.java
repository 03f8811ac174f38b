package dev.campaigncrm.llm.internal.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.campaigncrm.llm.internal.offline.LearnedIntentModel.Example;
import dev.campaigncrm.reply.cues.Intent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The replies bundled for training the learned model: each language's file reads, is balanced, repeats no reply,
 * and shares no reply with the labelled evaluation sets (which would make their figures training figures).
 */
class BundledTrainingRepliesTest {

    private static final List<String> LANGUAGES = List.of("de", "en", "es", "fr", "it", "nl", "pt");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"de", "en", "es", "fr", "it", "nl", "pt"})
    void eachLanguageHasAtLeastThirtyRepliesPerClassAndNoRepeats(String lang) {
        List<Example> examples = ExampleTexts.loadLabelled("replies/learned/" + lang + ".tsv");

        Map<Intent, Long> perClass = examples.stream()
                .collect(Collectors.groupingBy(Example::intent, Collectors.counting()));
        assertThat(perClass).containsOnlyKeys(Intent.values());
        assertThat(perClass.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(30));
        Set<String> seen = new HashSet<>();
        assertThat(examples).allSatisfy(e -> assertThat(seen.add(TextFeatures.fold(e.text()))).as(e.text()).isTrue());
    }

    @Test
    void noTrainingReplyIsInAnEvaluationSet() throws IOException {
        String evaluation = TextFeatures.fold(resource("/eval/replies.csv") + "\n" + resource("/eval/multilingual.tsv")
                + "\n" + resource("/eval/dev-blind.tsv") + "\n" + resource("/eval/dev-blind-2.tsv"));
        List<String> shared = new ArrayList<>();
        for (String lang : LANGUAGES) {
            for (Example e : ExampleTexts.loadLabelled("replies/learned/" + lang + ".tsv")) {
                String folded = TextFeatures.fold(e.text());
                // a few words ("ok", "Danke.") may be anyone's; a sentence in both is a copy
                if (folded.split(" ").length >= 4 && evaluation.contains(folded)) {
                    shared.add(lang + ": " + e.text());
                }
            }
        }
        assertThat(shared).isEmpty();
    }

    @Test
    void aLineWithoutAKnownLabelNamesTheSourceAndLine() {
        assertThatThrownBy(() -> ExampleTexts.parseLabelled("replies/learned/xx.tsv",
                List.of("# header", "interested\tLet's talk.", "maybe\tWho knows.")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("replies/learned/xx.tsv line 3")
                .hasMessageContaining("needs_follow_up");
        assertThatThrownBy(() -> ExampleTexts.parseLabelled("f.tsv", List.of("unclear")))
                .hasMessageContaining("f.tsv line 1");
    }

    @Test
    void aLineBreakIsWrittenAsBackslashN() {
        assertThat(ExampleTexts.parseLabelled("f.tsv", List.of("unclear\tok\\nJan")))
                .extracting(Example::text).containsExactly("ok\nJan");
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = BundledTrainingRepliesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
