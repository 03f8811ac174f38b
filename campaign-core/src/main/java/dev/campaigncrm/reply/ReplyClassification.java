package dev.campaigncrm.reply;

import dev.campaigncrm.Provenance;

/**
 * The class of a reply, how sure the classifier is, and why.
 *
 * @param category   one of the five classes
 * @param confidence 0.0–1.0
 * @param rationale  one line a person can check, e.g. "asks for a demo ('could you show us')"
 * @param provenance who classified it
 */
public record ReplyClassification(ReplyCategory category, double confidence, String rationale,
                                  Provenance provenance) {

    /** Checks the confidence range. */
    public ReplyClassification {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be 0..1 but was " + confidence);
        }
    }

    /** The classification of a lead that did not reply. */
    public static ReplyClassification noReply() {
        return new ReplyClassification(ReplyCategory.SKIP, 1.0, "no reply received", Provenance.of("rules"));
    }
}
