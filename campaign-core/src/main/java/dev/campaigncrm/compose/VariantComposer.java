package dev.campaigncrm.compose;

import dev.campaigncrm.analysis.LeadAnalysis;
import java.util.Objects;

/**
 * Runs a campaign's A/B test around its composer: each lead's first email is written as the variant
 * {@link EmailVariants#of} assigns it, and its follow-ups record the same variant, so every message of a lead counts
 * for one variant.
 */
final class VariantComposer implements EmailComposer {

    private final EmailComposer composer;
    private final EmailVariants variants;

    /** The composer {@code composer} splitting leads by {@code variants}. */
    public VariantComposer(EmailComposer composer, EmailVariants variants) {
        this.composer = Objects.requireNonNull(composer, "composer");
        this.variants = Objects.requireNonNull(variants, "variants");
    }

    /** The lead's variant of the first email. */
    @Override
    public EmailDraft compose(LeadAnalysis analysis) {
        return composer.compose(analysis, variants.of(analysis.lead()));
    }

    /** The given variant of the first email. */
    @Override
    public EmailDraft compose(LeadAnalysis analysis, String variant) {
        return composer.compose(analysis, variant);
    }

    /** The composer's follow-up, recording the lead's variant. */
    @Override
    public EmailDraft followUp(LeadAnalysis analysis, FollowUp followUp) {
        return composer.followUp(analysis, followUp).withVariant(variants.of(analysis.lead()));
    }
}
