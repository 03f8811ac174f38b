package dev.campaigncrm.report;

import dev.campaigncrm.LeadOutcome;
import dev.campaigncrm.RunInfo;
import java.util.List;

/** The campaign's figures, computed by code from the per-lead outcomes; every number in the report comes from here. */
public record CampaignStats(RunInfo run, int contacts, int rejectedRows) {

    /** Computes the figures. */
    public static CampaignStats compute(List<LeadOutcome> outcomes, int rejectedRows, RunInfo run) {
        throw new UnsupportedOperationException("placeholder until the report writer lands");
    }
}
