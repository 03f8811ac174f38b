package dev.campaigncrm.store;

import dev.campaigncrm.analysis.LeadAnalysis;
import dev.campaigncrm.lead.Lead;
import java.util.Objects;

/**
 * A lead as the campaign store keeps it: its position, the lead as read, its analysis, or why it stopped.
 *
 * @param index         the lead's position in the campaign, from 0 (leads added by a later run come after)
 * @param lead          the lead as read (the enriched lead is {@code analysis.lead()})
 * @param analysis      step one's result, or null when it failed
 * @param failedStage   the label of the stage that failed ({@code analyze}, {@code compose}), empty when none
 * @param failureReason why, empty when nothing failed
 */
public record StoredLead(int index, Lead lead, LeadAnalysis analysis, String failedStage, String failureReason) {

    /** Requires the lead; normalises null text to empty. */
    public StoredLead {
        Objects.requireNonNull(lead, "lead");
        failedStage = failedStage == null ? "" : failedStage;
        failureReason = failureReason == null ? "" : failureReason;
    }

    /** The lead's id. */
    public String leadId() {
        return lead.id();
    }

    /** True when a stage failed for this lead. */
    public boolean failed() {
        return !failedStage.isEmpty();
    }
}
