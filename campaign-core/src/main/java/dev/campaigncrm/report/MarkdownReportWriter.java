package dev.campaigncrm.report;

import dev.campaigncrm.LeadOutcome;
import java.util.List;

/** PLACEHOLDER (signature only) — being implemented on branch report. */
public final class MarkdownReportWriter implements ReportWriter {
    /** The offline default. */
    public static MarkdownReportWriter defaults() {
        return new MarkdownReportWriter();
    }

    @Override
    public CampaignReport write(CampaignStats stats, List<LeadOutcome> outcomes) {
        throw new UnsupportedOperationException("placeholder");
    }
}
