package dev.campaigncrm.llm.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.llm.LlmException;
import dev.campaigncrm.llm.LlmProvider;
import dev.campaigncrm.llm.LlmRequest;
import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.reply.Reply;
import dev.campaigncrm.reply.ReplyCategory;
import dev.campaigncrm.reply.ReplyClassification;
import dev.campaigncrm.reply.RuleReplyClassifier;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LlmReplyClassifierTest {

    static Reply reply(String subject, String body, Map<String, String> headers) {
        return new Reply("L1", "priya@acmehealth.test", subject, body, headers, Instant.EPOCH, "file");
    }

    static String answer(String category, double confidence, String rationale) {
        return Json.of(Map.of("category", category, "confidence", confidence, "rationale", rationale));
    }

    private static LlmReplyClassifier classifier(LlmProvider... providers) {
        return LlmReplyClassifier.builder().providers(List.of(providers)).build();
    }

    @Test
    void anAutoReplyByHeaderIsDecidedByTheRulesAndNeverSentToTheModel() {
        ScriptedProvider p = ScriptedProvider.named("p");
        Reply auto = reply("Re: forecast", "Thanks for your message, I will read it soon.",
                Map.of("Auto-Submitted", "auto-replied"));

        ReplyClassification c = classifier(p).classify(auto);

        assertThat(c.category()).isEqualTo(ReplyCategory.SKIP);
        assertThat(c.provenance()).isEqualTo(Provenance.of("rules"));
        assertThat(p.calls()).isZero();
    }

    @Test
    void anOptOutIsDecidedByTheRules() {
        ScriptedProvider p = ScriptedProvider.named("p");

        ReplyClassification c = classifier(p).classify(reply("Re: forecast", "Please unsubscribe me.", Map.of()));

        assertThat(c.category()).isEqualTo(ReplyCategory.NOT_INTERESTED);
        assertThat(c.provenance()).isEqualTo(Provenance.of("rules"));
        assertThat(p.calls()).isZero();
    }

    @Test
    void aReplyWithNoWordsOfTheSendersOwnNeverReachesTheModel() {
        ScriptedProvider p = ScriptedProvider.named("p");

        ReplyClassification c = classifier(p).classify(reply("Re: forecast",
                "Sent from my iPhone\n\n> Would a call help?\n> Unsubscribe here", Map.of()));

        assertThat(c.category()).isEqualTo(ReplyCategory.UNCLEAR);
        assertThat(p.calls()).isZero();
    }

    @Test
    void theModelsSkipWithoutEvidenceOfAutomaticMailIsUnclear() {
        ScriptedProvider p = ScriptedProvider.named("p")
                .answers(answer("SKIP", 0.8, "looks like an automatic acknowledgement"));

        ReplyClassification c = classifier(p).classify(reply("Re: forecast",
                "Here is another email\n\nSent from my iPhone", Map.of()));

        assertThat(c.category()).isEqualTo(ReplyCategory.UNCLEAR);
        assertThat(c.rationale()).contains("no evidence").contains("automatic acknowledgement");
        assertThat(p.calls()).isEqualTo(1);
    }

    @Test
    void theModelsSkipOfAnOutOfOfficeTheRulesSawIsKept() {
        ScriptedProvider p = ScriptedProvider.named("p").answers(answer("SKIP", 0.97, "out of office"));

        ReplyClassification c = classifier(p).classify(reply("Re: forecast",
                "I am out of the office until Monday.", Map.of()));

        assertThat(c.category()).isEqualTo(ReplyCategory.SKIP);
        assertThat(p.calls()).isEqualTo(1);
    }

    @Test
    void otherRepliesGoToTheModelWithoutHeadersOrSender() {
        ScriptedProvider p = ScriptedProvider.named("gemini:flash")
                .answers(answer("INTERESTED", 0.92, "asks for a call ('can we talk Tuesday')"));
        Reply r = reply("Re: forecast", "Sounds useful - can we talk Tuesday?",
                Map.of("X-Mailer", "secret-mailer-7", "Received", "from relay.internal"));

        ReplyClassification c = classifier(p).classify(r);

        assertThat(c).isEqualTo(new ReplyClassification(ReplyCategory.INTERESTED, 0.92,
                "asks for a call ('can we talk Tuesday')", Provenance.of("gemini:flash")));
        LlmRequest sent = p.requests().get(0);
        assertThat(sent.user()).contains("can we talk Tuesday").doesNotContain("secret-mailer-7")
                .doesNotContain("relay.internal").doesNotContain("priya@acmehealth.test");
    }

    @Test
    void belowTheThresholdTheReplyIsUnclear() {
        ScriptedProvider p = ScriptedProvider.named("p").answers(answer("INTERESTED", 0.45, "maybe"),
                answer("NOT_INTERESTED", 0.75, "declines"));
        LlmReplyClassifier classifier = LlmReplyClassifier.builder().providers(List.of(p)).unclearBelow(0.8).build();
        Reply r = reply("Re: forecast", "Hmm, we will see.", Map.of());

        ReplyClassification low = classifier.classify(r);
        ReplyClassification below = classifier.classify(r);

        assertThat(low.category()).isEqualTo(ReplyCategory.UNCLEAR);
        assertThat(low.rationale()).contains("interested at 0.45");
        assertThat(low.provenance()).isEqualTo(Provenance.of("p"));
        assertThat(below.category()).isEqualTo(ReplyCategory.UNCLEAR);
    }

    @Test
    void theDefaultThresholdIsSixTenths() {
        ScriptedProvider p = ScriptedProvider.named("p").answers(answer("NEEDS_FOLLOW_UP", 0.59, "later"),
                answer("NEEDS_FOLLOW_UP", 0.6, "later"));
        Reply r = reply("Re: forecast", "Maybe after the summer.", Map.of());
        LlmReplyClassifier classifier = classifier(p);

        assertThat(classifier.classify(r).category()).isEqualTo(ReplyCategory.UNCLEAR);
        assertThat(classifier.classify(r).category()).isEqualTo(ReplyCategory.NEEDS_FOLLOW_UP);
    }

    @Test
    void whenEveryProviderFailsTheFallbackClassifiesWithTheReasons() {
        ScriptedProvider first = ScriptedProvider.named("first").fails(LlmException.Kind.SAFETY,
                "first: blocked (finishReason SAFETY)");
        ScriptedProvider second = ScriptedProvider.named("second").answers(answer("MAYBE", 0.9, "x"));
        Reply r = reply("Re: forecast", "Yes, send me the pricing please.", Map.of());

        ReplyClassification c = classifier(first, second).classify(r);

        ReplyClassification rules = RuleReplyClassifier.defaults().classify(r);
        assertThat(c.category()).isEqualTo(rules.category());
        assertThat(c.provenance()).isEqualTo(Provenance.fallback("rules", "first: blocked (finishReason SAFETY); "
                + "second: invalid answer: category 'MAYBE' is not one of the five"));
    }

    @Test
    void aConfidenceOutsideZeroToOneIsRejected() {
        ScriptedProvider p = ScriptedProvider.named("p").answers(answer("INTERESTED", 1.7, "sure"));

        ReplyClassification c = classifier(p).classify(reply("Re: x", "Yes please, send pricing.", Map.of()));

        assertThat(c.provenance().fallbackReason()).isEqualTo("p: invalid answer: 'confidence' 1.7 is outside 0..1");
    }
}
