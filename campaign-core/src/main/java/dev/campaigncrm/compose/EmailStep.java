package dev.campaigncrm.compose;

import java.util.List;
import java.util.Objects;

/**
 * Where an email stands in its lead's sequence: the step (1 = the first email), the attempt at that step (2 when a
 * soft bounce made it go once more) and the Message-IDs of the thread so far, oldest first, which a follow-up's
 * {@code In-Reply-To} (the last) and {@code References} (all) carry.
 *
 * @param number  the step, from 1
 * @param attempt the attempt at this step, from 1
 * @param thread  the Message-IDs of the lead's earlier messages in this campaign, oldest first (empty for step 1)
 */
public record EmailStep(int number, int attempt, List<String> thread) {

    /** The first email of a sequence, or the only email of a one-step campaign. */
    public static final EmailStep FIRST = new EmailStep(1, 1, List.of());

    /** Checks the numbers and copies the thread. */
    public EmailStep {
        if (number < 1 || attempt < 1) {
            throw new IllegalArgumentException("step and attempt start at 1, got step " + number + " attempt "
                    + attempt);
        }
        thread = List.copyOf(Objects.requireNonNull(thread, "thread"));
    }

    /** Step {@code number} (first attempt) answering the thread {@code earlier}. */
    public static EmailStep followUp(int number, List<String> earlier) {
        return new EmailStep(number, 1, earlier);
    }

    /** True for step 1, attempt 1. */
    public boolean isFirst() {
        return number == 1 && attempt == 1;
    }

    /** The Message-ID this email answers ({@code In-Reply-To}), or empty text for a thread's first message. */
    public String inReplyTo() {
        return thread.isEmpty() ? "" : thread.get(thread.size() - 1);
    }

    /** The next attempt at the same step, in the same thread. */
    public EmailStep retry() {
        return new EmailStep(number, attempt + 1, thread);
    }

    /**
     * A key unique per lead, step and attempt, for ids derived from it: the lead id itself for step 1 attempt 1 (so
     * that ids of one-email campaigns are unchanged), else {@code leadId#s<step>} and {@code #s<step>r<attempt>}.
     */
    public String key(String leadId) {
        if (isFirst()) {
            return leadId;
        }
        return leadId + "#s" + number + (attempt > 1 ? "r" + attempt : "");
    }
}
