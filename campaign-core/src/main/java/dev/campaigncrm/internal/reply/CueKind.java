package dev.campaigncrm.internal.reply;

import dev.campaigncrm.reply.ReplyCategory;

/** What a phrase in a reply signals, and which class that evidence counts towards. */
public enum CueKind {
    /** Asks to be removed or to stop: a certain decline. */
    OPT_OUT(ReplyCategory.NOT_INTERESTED),
    /** Declines, has a solution, sees no need. */
    DECLINE(ReplyCategory.NOT_INTERESTED),
    /** Asks for a call, a demo, a time. */
    MEETING(ReplyCategory.INTERESTED),
    /** Says it is interested, sounds good, yes. */
    INTEREST(ReplyCategory.INTERESTED),
    /** Asks for more information. */
    INFO(ReplyCategory.NEEDS_FOLLOW_UP),
    /** Asks about the price. */
    PRICE(ReplyCategory.NEEDS_FOLLOW_UP),
    /** Asks to be contacted later. */
    DEFERRAL(ReplyCategory.NEEDS_FOLLOW_UP),
    /** Points to someone else. */
    REFERRAL(ReplyCategory.NEEDS_FOLLOW_UP),
    /** Hedges: maybe, perhaps; doubt that lowers the confidence of any class. */
    HEDGE(ReplyCategory.UNCLEAR),
    /** Asks who is writing or what this is about. */
    IDENTITY(ReplyCategory.UNCLEAR);

    private final ReplyCategory category;

    CueKind(ReplyCategory category) {
        this.category = category;
    }

    /** The class this evidence counts towards. */
    public ReplyCategory category() {
        return category;
    }
}
