package dev.campaigncrm.sequence;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where one lead's sequence stands after a run, as {@code final.csv} shows it.
 *
 * @param leadId      the lead's id
 * @param state       active, paused, replied, bounced, unsubscribed or finished
 * @param stepsSent   how many steps the server accepted
 * @param nextStep    the step to send next (with {@code nextAttempt}), 0 when none
 * @param nextAttempt the attempt of the next send, from 1 (2 after a soft bounce)
 * @param nextStepOn  the day the next step is due, or null when none
 * @param pausedUntil the day an out-of-office pause ends, or null
 * @param followUpOn  the day a person asked to be contacted again ("try me in February"), or null
 * @param repliedTo   the step a person's reply answered, 0 when none did
 * @param reason      one line a person can check, e.g. "replied (interested) to step 2 on 2026-11-27"
 */
public record LeadProgress(String leadId, SequenceState state, int stepsSent, int nextStep, int nextAttempt,
                           LocalDate nextStepOn, LocalDate pausedUntil, LocalDate followUpOn, int repliedTo,
                           String reason) {

    /** Requires the id and the state. */
    public LeadProgress {
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(state, "state");
        reason = reason == null ? "" : reason;
    }

    /** True when the next step is due on {@code day}. */
    public boolean dueOn(LocalDate day) {
        return state == SequenceState.ACTIVE && nextStep > 0 && nextStepOn != null && !nextStepOn.isAfter(day);
    }
}
