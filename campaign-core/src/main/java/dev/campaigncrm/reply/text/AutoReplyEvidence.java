package dev.campaigncrm.reply.text;

import java.util.Objects;

/**
 * Why a message is automatic mail: what kind it is, what showed it, and how sure that evidence is.
 *
 * @param kind       an auto-reply, an out-of-office, a bounce, bulk mail or a contact who left
 * @param rationale  the evidence in one line, e.g. {@code auto-reply header (Auto-Submitted: auto-replied)}
 * @param confidence how sure the evidence is, 0–1
 */
public record AutoReplyEvidence(Kind kind, String rationale, double confidence) {

    /** Checks the fields. */
    public AutoReplyEvidence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rationale, "rationale");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be 0..1 but was " + confidence);
        }
    }

    /** The same evidence of another kind. */
    AutoReplyEvidence as(Kind other) {
        return new AutoReplyEvidence(other, rationale, confidence);
    }

    /** What kind of automatic mail a message is. */
    public enum Kind {
        /** An auto-responder, an acknowledgement, a read receipt or a mailbox no one reads. */
        AUTO_REPLY,
        /** An auto-reply saying its writer is away. */
        OUT_OF_OFFICE,
        /** A delivery failure report. */
        BOUNCE,
        /** Bulk, list or no-reply mail: automatic, but no answer to anyone in particular. */
        BULK,
        /** The person written to has left the company or no longer reads the address (rationale {@code contact left}). */
        CONTACT_LEFT;

        /** True for kinds sent on behalf of the person written to, whose text may state a return date. */
        public boolean personal() {
            return this == AUTO_REPLY || this == OUT_OF_OFFICE;
        }
    }
}
