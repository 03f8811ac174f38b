package dev.campaigncrm.compose;

import dev.campaigncrm.analysis.LeadAnalysis;
import java.util.Objects;

/**
 * The offline composer: writes each email from templates, with the tone following seniority and the urgency
 * following the score, personalised by industry, company size, role, persona and location. Lead values reach a
 * draft only after sanitising, and notes never do. Same analysis, brief and seed give the same draft; another seed
 * may choose other phrasings.
 */
public final class TemplateEmailComposer implements EmailComposer {

    private final CampaignBrief brief;
    private final long seed;
    private final DraftWriter writer;

    private TemplateEmailComposer(CampaignBrief brief, long seed) {
        this.brief = brief;
        this.seed = seed;
        this.writer = new DraftWriter(brief, seed);
    }

    /** A builder starting from the example brief and seed 0. */
    public static Builder builder() {
        return new Builder();
    }

    /** The composer for {@link CampaignBrief#example()} with seed 0. */
    public static TemplateEmailComposer defaults() {
        return builder().build();
    }

    /** The draft for the analysed lead, with provenance {@code template}. */
    @Override
    public EmailDraft compose(LeadAnalysis analysis) {
        return writer.write(analysis);
    }

    /**
     * The draft as A/B variant {@code variant}: {@code A} has the first subject line and opening sentence written for
     * the lead's urgency and register, {@code B} the second, and so on; the rest as {@link #compose(LeadAnalysis)}.
     */
    @Override
    public EmailDraft compose(LeadAnalysis analysis, String variant) {
        return writer.write(analysis, variant);
    }

    /**
     * A short follow-up from templates, different at each step (a bump, a new angle, a polite last note), with the
     * first email's tone and urgency, provenance {@code template}.
     */
    @Override
    public EmailDraft followUp(LeadAnalysis analysis, FollowUp followUp) {
        return writer.writeFollowUp(analysis, followUp);
    }

    /** The brief this composer writes about. */
    public CampaignBrief brief() {
        return brief;
    }

    /** The seed that picks among phrasings. */
    public long seed() {
        return seed;
    }

    /** Fluent configuration of a {@link TemplateEmailComposer}. */
    public static final class Builder {
        private CampaignBrief brief = CampaignBrief.example();
        private long seed;

        private Builder() {
        }

        /** Sets what is offered and who signs (default {@link CampaignBrief#example()}). */
        public Builder brief(CampaignBrief brief) {
            this.brief = Objects.requireNonNull(brief, "brief");
            return this;
        }

        /** Sets the seed that picks among phrasings (default 0). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Builds the composer. */
        public TemplateEmailComposer build() {
            return new TemplateEmailComposer(brief, seed);
        }
    }
}
