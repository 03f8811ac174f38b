package dev.campaigncrm.compose;

import dev.campaigncrm.analysis.LeadAnalysis;

/** Step two of the campaign: writes the personal email for an analysed lead. */
public interface EmailComposer {

    /** The draft for this lead; the same inputs give the same draft. */
    EmailDraft compose(LeadAnalysis analysis);
}
