package dev.campaigncrm.reply;

import dev.campaigncrm.provenance.Provenance;

/**
 * The class of a reply, how sure the classifier is, why, and whom the reply points to instead of its writer.
 *
 * @param category   one of the five classes
 * @param confidence 0.0–1.0
 * @param rationale  one line a person can check, e.g. "asks for a demo ('could you show us')"
 * @param provenance who classified it
 * @param referral   the address or name the reply gives instead of its writer ("contact left", "not the right
 *                   person, talk to …"), e.g. {@code Maria Lopez <maria@acme.test>}; empty when it gives none. Untrusted
 *                   text, kept only as a single valid address or a plain name (see
 *                   {@link dev.campaigncrm.reply.text.Referrals})
 */
public record ReplyClassification(ReplyCategory category, double confidence, String rationale,
                                  Provenance provenance, String referral) {

    /** Checks the confidence range; a null referral is empty. */
    public ReplyClassification {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be 0..1 but was " + confidence);
        }
        referral = referral == null ? "" : referral;
    }

    /** A classification that names no referral. */
    public ReplyClassification(ReplyCategory category, double confidence, String rationale, Provenance provenance) {
        this(category, confidence, rationale, provenance, "");
    }

    /** The classification of a lead that did not reply. */
    public static ReplyClassification noReply() {
        return new ReplyClassification(ReplyCategory.SKIP, 1.0, "no reply received", Provenance.of("rules"));
    }

    /** The same classification with this referral (empty for none). */
    public ReplyClassification withReferral(String referral) {
        return new ReplyClassification(category, confidence, rationale, provenance, referral);
    }

    /** True when the reply names someone to contact instead. */
    public boolean hasReferral() {
        return !referral.isEmpty();
    }
}
