package dev.campaigncrm.llm.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.llm.LlmProvider;
import dev.campaigncrm.llm.steps.LlmEmailComposer;
import dev.campaigncrm.llm.steps.LlmLeadAnalyzer;
import dev.campaigncrm.llm.steps.LlmReplyClassifier;
import dev.campaigncrm.rate.ModelBound;
import dev.campaigncrm.llm.testing.FakeTime;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The cap a provider reports is the one its rate limiter enforces; the model steps pass on their first provider's. */
class RateCapTest {

    private static LlmProvider gemini(int rpm) {
        return LlmProviders.gemini().apiKey("k").rpm(rpm).build();
    }

    @Test
    void aProviderReportsTheRequestsAMinuteItsLimiterAllows() {
        assertThat(LlmProviders.gemini().apiKey("k").build().rateCap().perMinute())
                .isEqualTo(OptionalDouble.of(GeminiProviderBuilder.DEFAULT_RPM));
        assertThat(gemini(600).rateCap().perMinute()).isEqualTo(OptionalDouble.of(600));
        assertThat(LlmProviders.huggingFace().apiKey("k").build().rateCap().perMinute())
                .isEqualTo(OptionalDouble.of(HuggingFaceProviderBuilder.DEFAULT_RPM));
    }

    @Test
    void aProviderWithoutACapReportsNone() {
        assertThat(gemini(0).rateCap().perMinute()).isEmpty();
        assertThat(LlmProviders.openAiCompatible().apiKey("k").model("m").baseUrl("http://127.0.0.1:9/v1").build()
                .rateCap().perMinute()).isEmpty();
    }

    @Test
    void aShorterWindowIsScaledToAMinute() {
        LlmProvider provider = LlmProviders.gemini().apiKey("k").rpm(5).rateWindow(Duration.ofSeconds(1))
                .timeSource(new FakeTime()).build();
        assertThat(provider.rateCap().perMinute()).isEqualTo(OptionalDouble.of(300));
    }

    @Test
    void theModelStepsReportTheirFirstProvidersCapAndTheirBatchSize() {
        List<LlmProvider> providers = List.of(gemini(120), gemini(0));
        LlmLeadAnalyzer analyzer = LlmLeadAnalyzer.builder().providers(providers).batchSize(5).build();
        LlmEmailComposer composer = LlmEmailComposer.builder().providers(providers).build();

        assertThat(analyzer.rateCap().perMinute()).isEqualTo(OptionalDouble.of(120));
        assertThat(analyzer.leadsPerCall()).isEqualTo(5);
        assertThat(composer.rateCap().perMinute()).isEqualTo(OptionalDouble.of(120));
        assertThat(composer.leadsPerCall()).isEqualTo(1);
        assertThat(LlmLeadAnalyzer.builder().providers(List.of(gemini(0), gemini(120))).build().rateCap()
                .perMinute()).isEmpty();
    }

    @Test
    void theReplyClassifierIsModelBoundSoTheClassifyStageFollowsTheCap() {
        ModelBound classifier = LlmReplyClassifier.builder().providers(List.of(gemini(120), gemini(0))).build();

        assertThat(classifier.rateCap().perMinute()).isEqualTo(OptionalDouble.of(120));
        assertThat(classifier.leadsPerCall()).isEqualTo(1);
        assertThat(LlmReplyClassifier.builder().providers(List.of(gemini(0))).build().rateCap().perMinute())
                .isEmpty();
    }
}
