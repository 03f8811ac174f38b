package dev.campaigncrm.llm.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.llm.LlmException;
import dev.campaigncrm.llm.LlmProvider;
import dev.campaigncrm.outcome.RunInfo;
import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.reply.ReplyCategory;
import dev.campaigncrm.report.CampaignReport;
import dev.campaigncrm.report.CampaignStats;
import dev.campaigncrm.report.MarkdownReportWriter;
import dev.campaigncrm.report.Segment;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LlmReportNarrativeTest {

    /** 10 contacts, 8 delivered, 4 human replies (2 interested): response 50.0%, interest 25.0%. */
    static final CampaignStats STATS = new CampaignStats(
            new RunInfo("spring", LocalDate.of(2026, 1, 15), "leads.csv", "smtp://localhost:1025", "simulated",
                    Duration.ZERO),
            10, 0, 8, 2, 0, 0, 4, 1, 0, 3,
            Map.of(ReplyCategory.INTERESTED, 2, ReplyCategory.NOT_INTERESTED, 1, ReplyCategory.NEEDS_FOLLOW_UP, 1,
                    ReplyCategory.SKIP, 1),
            10, 62.5, 3,
            List.of(new Segment("Technical Evaluator", 6, 5, 3, 2), new Segment("Small Business Owner", 4, 3, 1, 0)),
            List.of(new Segment("Healthcare", 10, 8, 4, 2)), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), true);

    static String narrative(String summary, String finding) {
        return Json.of(Map.of("executive_summary", summary,
                "key_findings", List.of(finding, "Technical Evaluator drew 2 interested replies."),
                "recommendations", List.of("Follow up with the interested leads first."),
                "conclusion", "The replies were simulated; treat the figures as a test of the pipeline."));
    }

    private static CampaignReport report(LlmProvider... providers) {
        return LlmReportNarrative.builder().providers(List.of(providers)).build().reportWriter().write(STATS, List.of());
    }

    @Test
    void aNarrativeUsingOnlyTheGivenFiguresIsUsedAndNamedInTheProvenance() {
        ScriptedProvider p = ScriptedProvider.named("gemini:flash").answers(narrative(
                "8 of 10 contacts received the email; 4 people replied (response rate 50.0%), 2 with interest.",
                "The interest rate was 25.0% of delivered emails, with an average score of 62.5."));

        CampaignReport r = report(p);

        assertThat(r.provenance()).isEqualTo(Provenance.of("gemini:flash"));
        assertThat(r.markdown()).contains("response rate 50.0%").contains("average score of 62.5")
                .contains("| Delivery rate | 80.0% (49.0\u201394.3%) |");
        assertThat(p.requests().get(0).user()).contains("\"response_rate_pct\" : 50.0")
                .contains("\"replies_simulated\" : true");
    }

    @Test
    void aNarrativeWithAnInventedNumberIsRejectedAndTheRuleTextStays() {
        ScriptedProvider p = ScriptedProvider.named("p").answers(narrative(
                "8 of 10 contacts received the email and the response rate was 57.3%.", "Interest was 25.0%."));

        CampaignReport r = report(p);

        CampaignReport rules = MarkdownReportWriter.defaults().write(STATS, List.of());
        assertThat(withoutNarrativeRow(r.markdown())).isEqualTo(withoutNarrativeRow(rules.markdown()));
        assertThat(r.markdown()).doesNotContain("the response rate was 57.3%").contains("| report narrative | template | 1 | p: invalid answer");
        assertThat(r.provenance()).isEqualTo(Provenance.fallback("template",
                "p: invalid answer: 'executive_summary' states 57.3, a number not in the statistics"));
    }

    @Test
    void aSelfComputedDifferenceIsAnInventedNumberToo() {
        ScriptedProvider p = ScriptedProvider.named("p").answers(narrative("8 of 10 contacts received the email.",
                "Technical Evaluator beat Small Business Owner by 66.7 percentage points."));

        assertThat(report(p).provenance().fallbackReason()).contains("states 66.7");
    }

    @Test
    void aProviderFailureFallsBackToTheRuleTextWithTheReason() {
        ScriptedProvider p = ScriptedProvider.named("p").fails(LlmException.Kind.TRUNCATED, "p: cut off at MAX_TOKENS");

        CampaignReport r = report(p);

        assertThat(r.provenance()).isEqualTo(Provenance.fallback("template", "p: cut off at MAX_TOKENS"));
        assertThat(withoutNarrativeRow(r.markdown()))
                .isEqualTo(withoutNarrativeRow(MarkdownReportWriter.defaults().write(STATS, List.of()).markdown()));
        assertThat(r.markdown()).contains("| report narrative | template | 1 | p: cut off at MAX\\_TOKENS |");
    }

    /** The report without the row naming the narrative's writer, the one line a fallback changes. */
    private static String withoutNarrativeRow(String markdown) {
        return markdown.replaceAll("\\| report narrative \\|[^\\n]*\\n", "");
    }
}
