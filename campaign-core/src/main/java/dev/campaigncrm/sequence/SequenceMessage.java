package dev.campaigncrm.sequence;

import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.send.SendResult;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One message of a lead's sequence: the email (its step in {@link EmailDraft#step()}), how sending it went, and the
 * campaign day it was sent on (the run's as-of day), from which the next step is scheduled.
 *
 * @param draft the email
 * @param send  the outcome
 * @param day   the campaign day of the send
 */
public record SequenceMessage(EmailDraft draft, SendResult send, LocalDate day) {

    /** Requires every part. */
    public SequenceMessage {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(send, "send");
        Objects.requireNonNull(day, "day");
    }

    /** The lead's id. */
    public String leadId() {
        return draft.leadId();
    }

    /** The step, from 1. */
    public int step() {
        return draft.step().number();
    }

    /** The attempt at the step, from 1. */
    public int attempt() {
        return draft.step().attempt();
    }
}
