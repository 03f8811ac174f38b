package dev.campaigncrm.reply;

/**
 * What the simulator decided for one lead: the kind of reply it meant and the reply itself (null for no reply).
 *
 * @param kind  the intended kind
 * @param reply the reply, or null when the lead does not reply
 */
record SimulatedReply(Kind kind, Reply reply) {

    /** The kinds of reply the simulator makes up, with the class a correct classifier gives each. */
    enum Kind {
        /** Wants a call or a demo. */
        INTERESTED(ReplyCategory.INTERESTED),
        /** Declines or asks to be removed. */
        DECLINE(ReplyCategory.NOT_INTERESTED),
        /** Asks for information or the price. */
        INFO_REQUEST(ReplyCategory.NEEDS_FOLLOW_UP),
        /** Asks to be contacted later. */
        LATER_DATE(ReplyCategory.NEEDS_FOLLOW_UP),
        /** Points to a colleague. */
        REFERRAL(ReplyCategory.NEEDS_FOLLOW_UP),
        /** A one-liner no one can read intent into: "ok", "maybe", "who is this?". */
        AMBIGUOUS(ReplyCategory.UNCLEAR),
        /** An automatic out-of-office reply. */
        OUT_OF_OFFICE(ReplyCategory.SKIP),
        /** No reply at all. */
        NO_REPLY(ReplyCategory.SKIP);

        private final ReplyCategory expected;

        Kind(ReplyCategory expected) {
            this.expected = expected;
        }

        /** The class a correct classifier gives this kind. */
        ReplyCategory expected() {
            return expected;
        }
    }
}
