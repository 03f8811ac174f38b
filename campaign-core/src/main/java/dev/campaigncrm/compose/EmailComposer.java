package dev.campaigncrm.compose;

import dev.campaigncrm.analysis.LeadAnalysis;

/** Step two of the campaign: writes the personal email for an analysed lead, and the follow-ups of a sequence. */
public interface EmailComposer {

    /** The draft for this lead; the same inputs give the same draft. */
    EmailDraft compose(LeadAnalysis analysis);

    /**
     * The draft for this lead written as A/B variant {@code variant} ({@code A}, {@code B}, ...; see
     * {@link EmailVariants}), recorded in {@link EmailDraft#variant()}; the empty name is {@link #compose(LeadAnalysis)}.
     * By default the draft is {@link #compose(LeadAnalysis)}'s with the variant recorded, so a composer that writes
     * no variants runs an A/A test; the template and language-model composers write each variant's own subject and
     * opening.
     */
    default EmailDraft compose(LeadAnalysis analysis, String variant) {
        return compose(analysis).withVariant(variant == null ? "" : variant);
    }

    /**
     * A follow-up for this lead, knowing the step and the earlier emails; the same inputs give the same draft. By
     * default the offline templates write it, so that a composer written for one-email campaigns also runs
     * sequences.
     */
    default EmailDraft followUp(LeadAnalysis analysis, FollowUp followUp) {
        return TemplateEmailComposer.defaults().followUp(analysis, followUp);
    }
}
