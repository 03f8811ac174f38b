package dev.campaigncrm.run;

import dev.campaigncrm.lead.RejectedRow;
import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.outcome.Stage;

/** Progress of a running campaign, delivered to a {@link CampaignListener} as each lead moves on. */
public sealed interface CampaignEvent {

    /** A row of the source could not be used; it is in {@code rejected_leads.csv}. */
    record Rejected(RejectedRow row) implements CampaignEvent {
    }

    /** A lead finished a stage. */
    record StageDone(Stage stage, LeadOutcome outcome) implements CampaignEvent {
    }

    /** A lead failed a stage; the other leads go on. */
    record StageFailed(Stage stage, LeadOutcome outcome, String reason) implements CampaignEvent {
    }

    /**
     * A phase finished: 1 (analyse, compose, send) or 2 (collect, classify, report). When {@code run()} goes on to
     * phase two, phase one's outcomes can be read during this event only: their temporary file is deleted when phase
     * two ends.
     */
    record PhaseDone(int phase, CampaignResult result) implements CampaignEvent {
    }
}
