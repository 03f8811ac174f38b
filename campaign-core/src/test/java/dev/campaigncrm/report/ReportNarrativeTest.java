package dev.campaigncrm.report;

import static dev.campaigncrm.report.OutcomeBuilder.REAL_RUN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.provenance.Provenance;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportNarrativeTest {

    private static final List<LeadOutcome> OUTCOMES = CampaignStatsTest.mixed();
    private static final CampaignStats STATS = CampaignStats.compute(OUTCOMES, 2, REAL_RUN);

    private static String section(String markdown, String title) {
        int start = markdown.indexOf("## " + title + "\n");
        int end = markdown.indexOf("\n## ", start + 3);
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }

    @Test
    void ruleTextNarrativeGivesTheSameReportAsTheDefaults() {
        CampaignReport plain = MarkdownReportWriter.defaults().write(STATS, OUTCOMES);
        CampaignReport hooked = MarkdownReportWriter.builder().narrative(ReportNarrative.ruleText()).build()
                .write(STATS, OUTCOMES);

        assertThat(hooked.markdown()).isEqualTo(plain.markdown());
        assertThat(hooked.provenance()).isEqualTo(Provenance.of("template"));
    }

    @Test
    void narrativeSectionsReplaceTheRuleTextButTablesStay() {
        Narrative n = new Narrative("Written summary.", List.of("First finding.", "Second finding."),
                List.of("Do this."), "Written conclusion.", Provenance.of("model:x"));
        CampaignReport plain = MarkdownReportWriter.defaults().write(STATS, OUTCOMES);
        CampaignReport report = MarkdownReportWriter.builder().narrative(s -> Optional.of(n)).build()
                .write(STATS, OUTCOMES);
        String md = report.markdown();

        assertThat(section(md, "Executive Summary")).contains("Written summary.").contains("| KPI | Value |");
        assertThat(section(md, "Key Findings")).contains("1. First finding.\n2. Second finding.\n");
        assertThat(section(md, "Strategic Recommendations")).contains("- Do this.\n");
        assertThat(section(md, "Conclusion")).contains("Written conclusion.");
        assertThat(section(md, "Campaign Overview")).contains("| report narrative | model:x | 0 | none |");
        assertThat(withoutNarrativeRow(section(md, "Campaign Overview")))
                .isEqualTo(withoutNarrativeRow(section(plain.markdown(), "Campaign Overview")));
        assertThat(plain.markdown()).contains("| report narrative | template | 0 | none |");
        assertThat(section(md, "Audience Segmentation"))
                .isEqualTo(section(plain.markdown(), "Audience Segmentation"));
        assertThat(report.provenance()).isEqualTo(Provenance.of("model:x"));
    }

    @Test
    void blankSectionsKeepTheRuleTextAndTheNarrativeProvenanceIsKept() {
        Provenance fellBack = Provenance.fallback("template", "model:x: timeout");
        CampaignReport plain = MarkdownReportWriter.defaults().write(STATS, OUTCOMES);
        CampaignReport report = MarkdownReportWriter.builder()
                .narrative(s -> Optional.of(Narrative.ruleText(fellBack))).build().write(STATS, OUTCOMES);

        assertThat(report.markdown()).as("the report says the narrative fell back, and why")
                .contains("| report narrative | template | 1 | model:x: timeout |");
        assertThat(withoutNarrativeRow(report.markdown())).isEqualTo(withoutNarrativeRow(plain.markdown()));
        assertThat(report.provenance()).isEqualTo(fellBack);
    }

    @Test
    void narrativeTextIsMadeInertForMarkdown() {
        Narrative n = new Narrative("See <script>x</script> [here](http://evil.test) or mail a@evil.test\n## Fake",
                List.of(), List.of(), "", Provenance.of("model:x"));
        String md = MarkdownReportWriter.builder().narrative(s -> Optional.of(n)).build().write(STATS, OUTCOMES)
                .markdown();

        assertThat(md).doesNotContain("<script>").doesNotContain("](http://").doesNotContain("a@evil.test")
                .doesNotContain("\n## Fake");
    }

    private static String withoutNarrativeRow(String markdown) {
        return markdown.replaceAll("\\| report narrative \\|[^\\n]*\\n", "");
    }
}
