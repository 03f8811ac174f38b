package dev.campaigncrm.sequence;

import java.util.Locale;

/** Where a lead's sequence stands. */
public enum SequenceState {
    /** More steps to send: the next one on {@code next_step_on}. */
    ACTIVE,
    /** An out-of-office notice: nothing is sent until {@code paused_until}, then the sequence resumes. */
    PAUSED,
    /** A person answered (any class): no more steps. */
    REPLIED,
    /** A hard bounce, or a soft one twice at the same step: no more steps, the address is suppressed. */
    BOUNCED,
    /** The person asked not to be mailed again: no more steps, the address is suppressed. */
    UNSUBSCRIBED,
    /** Every step was sent and nobody answered. */
    FINISHED;

    /** Lower-case name for the artifacts, e.g. {@code replied}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when no more steps will be sent. */
    public boolean stopped() {
        return this == REPLIED || this == BOUNCED || this == UNSUBSCRIBED || this == FINISHED;
    }
}
