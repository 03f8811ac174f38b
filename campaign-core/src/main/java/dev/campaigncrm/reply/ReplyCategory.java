package dev.campaigncrm.reply;

/** The seed's five reply classes. */
public enum ReplyCategory {
    /** Genuine interest: wants a call, a demo, pricing, next steps. */
    INTERESTED,
    /** A clear decline, or a request to stop. */
    NOT_INTERESTED,
    /** Interest that depends on more information, a later date, or another person. */
    NEEDS_FOLLOW_UP,
    /** Ambiguous; a person should read it. */
    UNCLEAR,
    /** No reply, an out-of-office or other auto-reply, or a bounce. */
    SKIP;

    /** The class of a phrase intent (see {@link dev.campaigncrm.reply.cues.PhraseEvidence}). */
    public static ReplyCategory of(dev.campaigncrm.reply.cues.Intent intent) {
        return valueOf(intent.name());
    }

    /** Lower-case name for the artifacts, e.g. {@code needs_follow_up}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
