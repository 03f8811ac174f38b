package dev.campaigncrm.llm.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.analysis.EnrichedField;
import dev.campaigncrm.analysis.RuleEnricher;
import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.lead.LeadField;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The embedding industry enricher: fills what the rules cannot, says unknown below the threshold, never overwrites. */
class EmbeddingIndustryEnricherTest {

    private static final EmbeddingIndustryEnricher ENRICHER = EmbeddingIndustryEnricher.defaults();

    @Test
    void findsAnIndustryTheRulesDoNotKnow() {
        Lead lead = lead("Green Valley Orchards", "ana@greenvalleyorchards.example", "Grows apples and pears.");
        assertThat(industry(RuleEnricher.defaults().enrich(lead)).known()).isFalse();

        EnrichedField f = industry(ENRICHER.enrich(lead));

        assertThat(f.value()).isEqualTo("Agriculture");
        assertThat(f.source()).isEqualTo("embedding similarity to 'Agriculture' description");
        assertThat(f.confidence()).isBetween(0.4, 0.75);
    }

    @Test
    void usesTheNotesWhenTheNameSaysNothing() {
        Lead lead = lead("Brightside Ltd", "info@brightside.example",
                "Runs a chain of hotels and guest houses on the coast, busy with tourists in summer.");

        assertThat(industry(ENRICHER.enrich(lead)).value()).isEqualTo("Hospitality");
    }

    @Test
    void keepsAStrongRuleAnswer() {
        Lead lead = lead("Okafor Health Labs", "x@okaforhealth.example", "");

        EnrichedField f = industry(ENRICHER.enrich(lead));

        assertThat(f).isEqualTo(industry(RuleEnricher.defaults().enrich(lead)));
        assertThat(f.value()).isEqualTo("Healthcare");
    }

    @Test
    void answersUnknownBelowTheThreshold() {
        Lead lead = lead("Zylo", "z@gmail.com", "");
        EmbeddingIndustryEnricher strict = EmbeddingIndustryEnricher.builder().threshold(0.95).build();

        EnrichedField f = industry(strict.enrich(lead("Green Valley Orchards", "a@gmail.com", "apples")));

        assertThat(f.known()).isFalse();
        assertThat(f.confidence()).isZero();
        assertThat(f.source()).contains("no industry description similar enough");
        assertThat(industry(ENRICHER.enrich(lead)).known()).as("a bare made-up name").isFalse();
    }

    @Test
    void answersUnknownWithNothingToCompare() {
        EnrichedField f = industry(ENRICHER.enrich(lead("", "someone@gmail.com", "")));

        assertThat(f.known()).isFalse();
        assertThat(f.source()).isEqualTo("no company name, company domain or notes to compare");
    }

    @Test
    void neverLooksAtAnIndustryTheLeadHasAndLeavesOtherFieldsToTheRules() {
        Lead lead = Lead.builder().id("1").name("Ana").email("ana@greenvalleyorchards.example")
                .company("Green Valley Orchards").industry("Food & Beverage").notes("I'm the CTO, team of 40").build();

        List<EnrichedField> fields = ENRICHER.enrich(lead);

        assertThat(fields).noneMatch(f -> f.field() == LeadField.INDUSTRY);
        assertThat(fields).isEqualTo(RuleEnricher.defaults().enrich(lead));
    }

    @Test
    void bundlesAtLeastFifteenIndustries() {
        assertThat(EmbeddingIndustryEnricher.bundledIndustries()).hasSizeGreaterThanOrEqualTo(15)
                .allSatisfy((name, description) -> assertThat(description).isNotBlank());
    }

    private static Lead lead(String company, String email, String notes) {
        return Lead.builder().id("1").name("Ana Lima").email(email).company(company).notes(notes).build();
    }

    private static EnrichedField industry(List<EnrichedField> fields) {
        return fields.stream().filter(f -> f.field() == LeadField.INDUSTRY).findFirst().orElseThrow();
    }
}
