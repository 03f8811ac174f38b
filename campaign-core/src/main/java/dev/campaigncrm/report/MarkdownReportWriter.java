package dev.campaigncrm.report;

import dev.campaigncrm.LeadOutcome;
import dev.campaigncrm.Provenance;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The offline report writer: a markdown report with the seed's eight sections, KPI tables and a narrative chosen
 * by rules from the statistics (best and weakest segments, whether the score predicted response, failures,
 * simulated replies). Lead-derived text is escaped so it cannot break a table or inject HTML or links. The same
 * statistics always give the same markdown: no wall clock, no elapsed time.
 */
public final class MarkdownReportWriter implements ReportWriter {

    private static final Logger log = LoggerFactory.getLogger(MarkdownReportWriter.class);

    private MarkdownReportWriter() {
    }

    /** The offline default. */
    public static MarkdownReportWriter defaults() {
        return new MarkdownReportWriter();
    }

    /** The report for these figures; every number comes from {@code stats}, the outcomes are not re-counted. */
    @Override
    public CampaignReport write(CampaignStats stats, List<LeadOutcome> outcomes) {
        Objects.requireNonNull(stats, "stats");
        String markdown = new ReportDocument(stats).render();
        log.debug("Report for campaign {} written: {} characters", stats.run().campaignId(), markdown.length());
        return new CampaignReport(markdown, stats, Provenance.of("template"));
    }
}
