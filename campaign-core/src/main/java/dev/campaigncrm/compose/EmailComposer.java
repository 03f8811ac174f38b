package dev.campaigncrm.compose;

import dev.campaigncrm.analysis.LeadAnalysis;

/** Step two of the campaign: writes the personal email for an analysed lead, and the follow-ups of a sequence. */
public interface EmailComposer {

    /** The draft for this lead; the same inputs give the same draft. */
    EmailDraft compose(LeadAnalysis analysis);

    /**
     * A follow-up for this lead, knowing the step and the earlier emails; the same inputs give the same draft. By
     * default the offline templates write it, so that a composer written for one-email campaigns also runs
     * sequences.
     */
    default EmailDraft followUp(LeadAnalysis analysis, FollowUp followUp) {
        return TemplateEmailComposer.defaults().followUp(analysis, followUp);
    }
}
