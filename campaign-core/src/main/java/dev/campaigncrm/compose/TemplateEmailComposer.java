package dev.campaigncrm.compose;

import dev.campaigncrm.analysis.LeadAnalysis;

/** PLACEHOLDER (signature only) — being implemented on branch compose. */
public final class TemplateEmailComposer implements EmailComposer {
    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public EmailDraft compose(LeadAnalysis analysis) {
        throw new UnsupportedOperationException("placeholder");
    }

    /** Builder. */
    public static final class Builder {
        /** Sets the brief. */
        public Builder brief(CampaignBrief brief) { return this; }
        /** Sets the seed. */
        public Builder seed(long seed) { return this; }
        /** Builds. */
        public TemplateEmailComposer build() { return new TemplateEmailComposer(); }
    }
}
