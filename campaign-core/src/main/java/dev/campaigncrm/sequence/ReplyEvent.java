package dev.campaigncrm.sequence;

import dev.campaigncrm.reply.ReplyCategory;
import java.time.LocalDate;
import java.util.Optional;

/** What a reply means for a lead's sequence; {@link ReplyEvents} reads it from a stored reply. */
public sealed interface ReplyEvent {

    /** The day the reply came. */
    LocalDate day();

    /** The step it answers. */
    int step();

    /**
     * A person answered (any class): no more steps.
     *
     * @param day      the day it came
     * @param step     the step it answers
     * @param category its class
     * @param later    a request to be contacted later, with its day when it names one
     */
    record PersonReplied(LocalDate day, int step, ReplyCategory category, Optional<LaterContact> later)
            implements ReplyEvent {
    }

    /**
     * A person asked not to be mailed again.
     *
     * @param day  the day it came
     * @param step the step it answers
     */
    record Unsubscribed(LocalDate day, int step) implements ReplyEvent {
    }

    /**
     * A delivery failure report.
     *
     * @param day  the day it came
     * @param step the step that bounced
     * @param hard true for a permanent failure (5.x.x), false for a temporary one
     */
    record Bounced(LocalDate day, int step, boolean hard) implements ReplyEvent {
    }

    /**
     * An out-of-office notice.
     *
     * @param day  the day it came
     * @param step the step it answers
     * @param back the return day it states, if any
     */
    record OutOfOffice(LocalDate day, int step, Optional<LocalDate> back) implements ReplyEvent {
    }

    /**
     * Another automatic reply (an autoresponder's receipt, a ticket number): changes nothing.
     *
     * @param day  the day it came
     * @param step the step it answers
     */
    record AutoReplied(LocalDate day, int step) implements ReplyEvent {
    }
}
