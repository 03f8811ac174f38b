package dev.campaigncrm.reply.cues;

/** The intent a reply's phrases point to: the four classes phrases can show (automatic mail is decided elsewhere). */
public enum Intent {
    /** Genuine interest: a call, a demo, yes. */
    INTERESTED,
    /** A decline or a request to stop. */
    NOT_INTERESTED,
    /** Interest that depends on information, a later date or another person. */
    NEEDS_FOLLOW_UP,
    /** No intent, hedges only, or cues that contradict each other. */
    UNCLEAR
}
