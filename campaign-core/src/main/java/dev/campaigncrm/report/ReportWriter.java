package dev.campaigncrm.report;

import dev.campaigncrm.outcome.LeadOutcome;
import java.util.List;

/** Step six of the campaign: writes the report from statistics that code computed. */
public interface ReportWriter {

    /** The report for these figures and per-lead outcomes. */
    CampaignReport write(CampaignStats stats, List<LeadOutcome> outcomes);
}
