package dev.campaigncrm.llm.offline;

import static dev.campaigncrm.reply.ReplyCategory.INTERESTED;
import static dev.campaigncrm.reply.ReplyCategory.NEEDS_FOLLOW_UP;
import static dev.campaigncrm.reply.ReplyCategory.NOT_INTERESTED;
import static dev.campaigncrm.reply.ReplyCategory.SKIP;
import static dev.campaigncrm.reply.ReplyCategory.UNCLEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.campaigncrm.reply.Reply;
import dev.campaigncrm.reply.ReplyCategory;
import dev.campaigncrm.reply.ReplyClassification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The offline embedding classifier on clear replies, its certain rule layer, its threshold and its thread safety. */
class EmbeddingReplyClassifierTest {

    private static final EmbeddingReplyClassifier CLASSIFIER = EmbeddingReplyClassifier.defaults();

    @ParameterizedTest(name = "[{index}] {1} <- {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Happy to set up a demo for my team - does next Tuesday suit you?       | INTERESTED
            Yes, this is relevant for us. Let's talk this week.                      | INTERESTED
            We are not interested in this service, thank you.                        | NOT_INTERESTED
            We have our own solution and do not need another one.                    | NOT_INTERESTED
            Could you send me the price list and a product sheet?                    | NEEDS_FOLLOW_UP
            Please contact our purchasing manager instead, she decides on this.      | NEEDS_FOLLOW_UP
            We are busy until autumn; please get in touch again in October.          | NEEDS_FOLLOW_UP
            Who gave you this address?                                               | UNCLEAR
            okay                                                                     | UNCLEAR
            """)
    void classifiesClearRepliesOfEachClass(String body, ReplyCategory expected) {
        ReplyClassification c = CLASSIFIER.classify(reply("Re: Hello", body, Map.of()));

        assertThat(c.category()).as(c.rationale()).isEqualTo(expected);
        assertThat(c.rationale()).isNotBlank();
    }

    @Test
    void anOutOfOfficeWithoutHeadersIsSkip() {
        ReplyClassification c = CLASSIFIER.classify(reply("Re: Hello",
                "I'm away until the 12th with no laptop. Your message will be read when I'm back.", Map.of()));

        assertThat(c.category()).as(c.rationale()).isEqualTo(SKIP);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"Here is another email\n\nSent from my iPhone", "Thank you for your email.",
            "Received, thank you.", "Noted.", "Von meinem iPhone gesendet"})
    void aPersonsShortMessageIsNeverSkip(String body) {
        ReplyClassification c = CLASSIFIER.classify(reply("Re: Hello", body, Map.of()));

        assertThat(c.category()).as(c.rationale()).isNotEqualTo(SKIP);
    }

    @Test
    void skipTakesNoExamplesItIsDecidedOnEvidenceOnly() {
        Map<ReplyCategory, List<String>> examples = new EnumMap<>(ReplyCategory.class);
        examples.put(INTERESTED, List.of("Let's book a demo."));
        examples.put(NOT_INTERESTED, List.of("No thanks, we are not interested."));
        examples.put(NEEDS_FOLLOW_UP, List.of("Send me the pricing."));
        examples.put(UNCLEAR, List.of("Who are you?"));
        examples.put(SKIP, List.of("I am out of the office until Monday."));

        assertThatThrownBy(() -> EmbeddingReplyClassifier.builder().examples(examples))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no examples for SKIP");
        assertThat(EmbeddingReplyClassifier.bundledExamples()).doesNotContainKey(SKIP);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"Grazie per il messaggio. È proprio quello che cercavamo per il nostro ufficio.",
            "Obrigado pela mensagem. Faz sentido para a nossa equipa financeira.",
            "Gracias por su mensaje. Encaja muy bien con lo que buscamos este año."})
    void aPersonsReplyWordedLikeANoticeIsWeighedAmongThePeoplesClassesOnly(String body) {
        ReplyClassification c = CLASSIFIER.classify(reply("Re: Hello", body, Map.of()));

        assertThat(c.category()).as(c.rationale()).isNotEqualTo(SKIP);
        assertThat(c.rationale()).contains("nearest examples: ").doesNotContain("skip")
                .doesNotContain("automatic mail");
    }

    @Test
    void keepsTheRulesCertainAnswerForAutoReplyHeaders() {
        ReplyClassification c = CLASSIFIER.classify(reply("Re: Hello", "Yes, let's book a call!",
                Map.of("Auto-Submitted", "auto-replied")));

        assertThat(c.category()).isEqualTo(SKIP);
        assertThat(c.confidence()).isGreaterThanOrEqualTo(0.95);
        assertThat(c.provenance().source()).isEqualTo("rules");
    }

    @Test
    void keepsTheRulesCertainAnswerForAnOptOut() {
        ReplyClassification c = CLASSIFIER.classify(reply("Re: Hello", "Sounds great, but unsubscribe me.", Map.of()));

        assertThat(c.category()).isEqualTo(NOT_INTERESTED);
        assertThat(c.confidence()).isGreaterThanOrEqualTo(EmbeddingReplyClassifier.CERTAIN_OPT_OUT);
    }

    @Test
    void aHumanReplyQuotingAnOutOfOfficeIsNotSkip() {
        String body = "Sorry for the auto-reply earlier, I'm back now. Yes, let's set up a call on Thursday.\n\n"
                + "On Mon, 2 Mar 2026 at 09:00, Dana <dana@client.example> wrote:\n"
                + "> I am out of the office until 1 March with limited access to email.\n";

        ReplyClassification c = CLASSIFIER.classify(reply("Re: Hello", body, Map.of()));

        assertThat(c.category()).as(c.rationale()).isEqualTo(INTERESTED);
    }

    @Test
    void namesTheNearestExamplesAndTheRuleCueAndItsSource() {
        ReplyClassification c = CLASSIFIER.classify(reply("Re: Hello", "What does it cost per user?", Map.of()));

        assertThat(c.category()).isEqualTo(NEEDS_FOLLOW_UP);
        assertThat(c.rationale()).contains("nearest examples: needs_follow_up (similarity 0.").contains("rule cue");
        assertThat(c.provenance().source()).isEqualTo("offline:all-minilm-l6-v2-q");
        assertThat(c.provenance().fellBack()).isFalse();
    }

    @Test
    void belowTheThresholdTheAnswerIsUnclear() {
        String body = "Yes, let's book a call for Tuesday.";
        EmbeddingReplyClassifier strict = EmbeddingReplyClassifier.builder().threshold(1.0).build();

        assertThat(CLASSIFIER.classify(reply("Re: Hello", body, Map.of())).category()).isEqualTo(INTERESTED);
        ReplyClassification c = strict.classify(reply("Re: Hello", body, Map.of()));
        assertThat(c.category()).isEqualTo(UNCLEAR);
        assertThat(c.rationale()).contains("interested only").contains("below 1.00");
    }

    @Test
    void usesExamplesGivenInTheBuilder() {
        Map<ReplyCategory, List<String>> examples = new EnumMap<>(ReplyCategory.class);
        examples.put(INTERESTED, List.of("I would like to buy bananas."));
        examples.put(NOT_INTERESTED, List.of("The weather in the mountains is cold."));
        examples.put(NEEDS_FOLLOW_UP, List.of("The invoice number is missing."));
        examples.put(UNCLEAR, List.of("Chess openings are hard to learn."));
        EmbeddingReplyClassifier fruity = EmbeddingReplyClassifier.builder().examples(examples).ruleWeight(0).build();

        ReplyClassification c = fruity.classify(reply("Re: Hello", "Please sell me some fresh bananas from your farm", Map.of()));

        assertThat(c.category()).isEqualTo(INTERESTED);
        assertThat(c.rationale()).contains("bananas");
    }

    @ParameterizedTest(name = "[{index}] {1} <- {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Dank je, we hebben al iets.           | NOT_INTERESTED
            Ok, manda pure.                       | NEEDS_FOLLOW_UP
            Perfeito, pode ligar amanhã de manhã. | INTERESTED
            Passt, rufen Sie mich Donnerstag an.  | INTERESTED
            """)
    void whereTheFirstReadingIsUnclearTheLearnedModelReadsAgainAndSaysSo(String body, ReplyCategory expected) {
        ReplyClassification c = CLASSIFIER.classify(reply("Re: Hello", body, Map.of()));

        assertThat(c.category()).as(c.rationale()).isEqualTo(expected);
        assertThat(c.rationale()).startsWith("learned model: " + expected.label())
                .contains("read where the first reading was unclear (");
        assertThat(c.confidence()).isGreaterThanOrEqualTo(0.70);
        assertThat(c.provenance().source()).isEqualTo("offline:all-minilm-l6-v2-q");
    }

    @Test
    void theLearnedModelNeverOverridesTheThresholdNorTheRulesCertainties() {
        EmbeddingReplyClassifier strict = EmbeddingReplyClassifier.builder().threshold(1.0).build();
        ReplyClassification unclear = strict.classify(reply("Re: Hello", "Pode mandar o PDF.", Map.of()));
        ReplyClassification optOut = CLASSIFIER.classify(reply("Re: Hello", "Please unsubscribe me.", Map.of()));

        assertThat(unclear.category()).as(unclear.rationale()).isEqualTo(UNCLEAR);
        assertThat(optOut.category()).isEqualTo(NOT_INTERESTED);
        assertThat(optOut.rationale()).doesNotContain("learned model");
    }

    @Test
    void everyClassNeedsExamples() {
        Map<ReplyCategory, List<String>> examples = new EnumMap<>(ReplyCategory.class);
        examples.put(INTERESTED, List.of("yes"));

        assertThatThrownBy(() -> EmbeddingReplyClassifier.builder().examples(examples))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no examples for");
        assertThatThrownBy(() -> EmbeddingReplyClassifier.builder().threshold(1.5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bundlesAtLeastFortyExamplesPerClassOfAPersonsReply() {
        assertThat(EmbeddingReplyClassifier.bundledExamples()).containsOnlyKeys(INTERESTED, NOT_INTERESTED,
                NEEDS_FOLLOW_UP, UNCLEAR)
                .allSatisfy((c, texts) -> assertThat(texts).as(c.label()).hasSizeGreaterThanOrEqualTo(40)
                        .doesNotHaveDuplicates());
    }

    @Test
    void parallelClassificationGivesTheSameResultsAsSequential() throws Exception {
        EmbeddingReplyClassifier fresh = EmbeddingReplyClassifier.defaults();
        List<Reply> replies = LabelledReplies.load().rows().stream().limit(60)
                .map(r -> reply("Re: Hello", r.text(), Map.of())).toList();
        List<Callable<ReplyClassification>> tasks = new ArrayList<>();
        replies.forEach(r -> tasks.add(() -> fresh.classify(r)));

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<ReplyClassification> parallel = new ArrayList<>();
        try {
            for (Future<ReplyClassification> f : pool.invokeAll(tasks)) {
                parallel.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        List<ReplyClassification> sequential = replies.stream().map(fresh::classify).toList();

        assertThat(parallel).containsExactlyElementsOf(sequential);
    }

    private static Reply reply(String subject, String body, Map<String, String> headers) {
        return new Reply("lead-1", "dana@client.example", subject, body, headers, Instant.EPOCH, "file");
    }
}
