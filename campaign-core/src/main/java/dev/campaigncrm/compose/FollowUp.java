package dev.campaigncrm.compose;

import java.util.List;

/**
 * What a composer knows when it writes a follow-up: which step it is, how many the sequence has, and the lead's
 * earlier emails of this campaign (oldest first, the first email included). A follow-up is short (at most
 * {@link WordCount#FOLLOW_UP_MAX} words), different at each step — a bump, a new angle, a polite last note — and keeps
 * the first email's tone and urgency rules. The campaign sets its subject ({@code Re: } and the first subject) and
 * its threading headers.
 *
 * @param step    the step being written, from 2
 * @param steps   the number of steps of the sequence
 * @param earlier the lead's earlier emails, oldest first
 */
public record FollowUp(int step, int steps, List<EmailDraft> earlier) {

    /** Checks the step and copies the list. */
    public FollowUp {
        if (step < 2 || step > steps) {
            throw new IllegalArgumentException("a follow-up is step 2.." + steps + ", not " + step);
        }
        earlier = List.copyOf(earlier);
        if (earlier.isEmpty()) {
            throw new IllegalArgumentException("a follow-up needs the first email");
        }
    }

    /** The lead's first email. */
    public EmailDraft first() {
        return earlier.get(0);
    }

    /** True when this is the sequence's last step (a polite last note). */
    public boolean last() {
        return step == steps;
    }
}
