package dev.campaigncrm.reply.cues;



/** What a phrase in a reply signals, and which class that evidence counts towards. */
enum CueKind {
    /** Asks to be removed or to stop: a certain decline. */
    OPT_OUT(Intent.NOT_INTERESTED),
    /** Declines, has a solution, sees no need. */
    DECLINE(Intent.NOT_INTERESTED),
    /** Asks for a call, a demo, a time. */
    MEETING(Intent.INTERESTED),
    /** Says it is interested, sounds good, yes. */
    INTEREST(Intent.INTERESTED),
    /** Asks for more information. */
    INFO(Intent.NEEDS_FOLLOW_UP),
    /** Asks about the price. */
    PRICE(Intent.NEEDS_FOLLOW_UP),
    /** Asks to be contacted later. */
    DEFERRAL(Intent.NEEDS_FOLLOW_UP),
    /** Points to someone else. */
    REFERRAL(Intent.NEEDS_FOLLOW_UP),
    /** Hedges: maybe, perhaps; doubt that lowers the confidence of any class. */
    HEDGE(Intent.UNCLEAR),
    /** Asks who is writing or what this is about. */
    IDENTITY(Intent.UNCLEAR);

    private final Intent category;

    CueKind(Intent category) {
        this.category = category;
    }

    /** The class this evidence counts towards. */
    public Intent category() {
        return category;
    }
}
