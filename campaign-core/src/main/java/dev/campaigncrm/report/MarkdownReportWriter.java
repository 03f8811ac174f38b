package dev.campaigncrm.report;

import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.outcome.LeadOutcomes;
import dev.campaigncrm.provenance.Provenance;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The offline report writer: a markdown report with the seed's eight sections, KPI tables, Mermaid charts and a
 * narrative chosen by rules from the statistics (segments that differ from the campaign by their 95% intervals,
 * whether the score predicted interest, failures, simulated replies), and the same report as a self-contained HTML
 * page with SVG charts. Lead-derived text is escaped so it cannot break a table or inject HTML or links. The same
 * statistics always give the same markdown: no wall clock, no elapsed time.
 *
 * <p>A {@link ReportNarrative} set through {@link #builder()} may write the executive summary, key findings,
 * recommendations and conclusion; its text is escaped like lead text, a section it leaves blank keeps the rule text,
 * and every table is still computed here. The report's provenance is then the narrative's.
 */
public final class MarkdownReportWriter implements ReportWriter {

    private static final Logger log = LoggerFactory.getLogger(MarkdownReportWriter.class);
    private static final Provenance RULE_TEXT = Provenance.of("template");

    private final ReportNarrative narrative;

    private MarkdownReportWriter(ReportNarrative narrative) {
        this.narrative = narrative;
    }

    /** The offline default: rule text in every section. */
    public static MarkdownReportWriter defaults() {
        return builder().build();
    }

    /** A builder starting from the offline default. */
    public static Builder builder() {
        return new Builder();
    }

    /** The report for these figures; every number comes from {@code stats}, the outcomes are not re-counted. */
    @Override
    public CampaignReport write(CampaignStats stats, List<LeadOutcome> outcomes) {
        return write(stats);
    }

    /** The report for these figures; the outcomes are not read (every number comes from {@code stats}). */
    @Override
    public CampaignReport write(CampaignStats stats, LeadOutcomes outcomes) {
        return write(stats);
    }

    private CampaignReport write(CampaignStats stats) {
        Objects.requireNonNull(stats, "stats");
        Optional<Narrative> written = Objects.requireNonNull(narrative.write(stats), "narrative");
        ReportDocument document = new ReportDocument(stats, written);
        String markdown = document.render();
        String html = Html.page(markdown, document.charts());
        log.debug("Report for campaign {} written: {} characters of markdown, {} of HTML", stats.run().campaignId(),
                markdown.length(), html.length());
        return new CampaignReport(markdown, stats, written.map(Narrative::provenance).orElse(RULE_TEXT), html);
    }

    /** Configures a {@link MarkdownReportWriter}. */
    public static final class Builder {
        private ReportNarrative narrative = ReportNarrative.ruleText();

        private Builder() {
        }

        /** Who writes the narrative sections (default {@link ReportNarrative#ruleText()}: the rules). */
        public Builder narrative(ReportNarrative narrative) {
            this.narrative = Objects.requireNonNull(narrative, "narrative");
            return this;
        }

        /** The writer. */
        public MarkdownReportWriter build() {
            return new MarkdownReportWriter(narrative);
        }
    }
}
