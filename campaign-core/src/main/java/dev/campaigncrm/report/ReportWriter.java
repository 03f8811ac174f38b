package dev.campaigncrm.report;

import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.outcome.LeadOutcomes;
import java.util.List;

/**
 * Step six of the campaign: writes the report from statistics that code computed. A campaign run calls
 * {@link #write(CampaignStats, LeadOutcomes)}; a writer that reads the outcomes one at a time overrides it, so that a
 * run of any size never holds them all.
 */
public interface ReportWriter {

    /** The report for these figures and per-lead outcomes. */
    CampaignReport write(CampaignStats stats, List<LeadOutcome> outcomes);

    /**
     * The report for these figures and outcomes, which come in source order, may be read more than once and may be far
     * too many to hold in memory at once. The default reads them into a list and calls
     * {@link #write(CampaignStats, List)}.
     */
    default CampaignReport write(CampaignStats stats, LeadOutcomes outcomes) {
        return write(stats, outcomes.toList());
    }
}
