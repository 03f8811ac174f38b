package dev.campaigncrm.mail.internal.imap;

import java.time.LocalDate;
import java.util.Optional;

/** What a message from the mailbox is: written by a person, an auto-reply, or a delivery failure report. */
public sealed interface Verdict {

    /** A label for the {@code X-Campaign-Class} header: {@code human}, {@code auto-reply} or {@code bounce}. */
    String label();

    /**
     * Written by a person.
     *
     * @param unsubscribe true when the new text asks not to be mailed again
     */
    record Human(boolean unsubscribe) implements Verdict {
        @Override
        public String label() {
            return "human";
        }
    }

    /**
     * An automatic reply (out-of-office, autoresponder, newsletter, delivery notice).
     *
     * @param reason     what gave it away
     * @param returnDate the return date an out-of-office states, if any
     */
    record AutoReply(String reason, Optional<LocalDate> returnDate) implements Verdict {
        @Override
        public String label() {
            return "auto-reply";
        }
    }

    /**
     * A delivery failure report.
     *
     * @param bounce the failures it states
     */
    record Bounce(BounceParser.Bounce bounce) implements Verdict {
        @Override
        public String label() {
            return "bounce";
        }
    }
}
