package dev.campaigncrm.report;

import dev.campaigncrm.sequence.SequenceState;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of a campaign's follow-up sequence: what each step sent and drew, and where the leads' sequences stand.
 *
 * @param steps         one entry per step from 1 to the last step that sent a message or drew a reply
 * @param states        leads per sequence state (every state present, 0 when none)
 * @param replyingLeads leads whose reply answered a step (the base of the reply shares)
 */
public record SequenceStats(List<Step> steps, Map<SequenceState, Integer> states, int replyingLeads) {

    /** Copies the collections; the state map keeps the enum order and has every state. */
    public SequenceStats {
        steps = List.copyOf(steps);
        EnumMap<SequenceState, Integer> all = new EnumMap<>(SequenceState.class);
        for (SequenceState s : SequenceState.values()) {
            all.put(s, states == null ? 0 : states.getOrDefault(s, 0));
        }
        states = Collections.unmodifiableMap(all);
        if (replyingLeads < 0) {
            throw new IllegalArgumentException("replyingLeads must not be negative but was " + replyingLeads);
        }
    }

    /** Leads in this state. */
    public int count(SequenceState state) {
        return states.get(state);
    }

    /** Replying leads whose reply answered a follow-up (step 2 or later). */
    public int repliesAfterFollowUp() {
        return steps.stream().filter(s -> s.step() > 1).mapToInt(Step::replies).sum();
    }

    /** The steps that drew the most replies, in step order; empty when nobody replied. */
    public List<Step> mostReplied() {
        int max = steps.stream().mapToInt(Step::replies).max().orElse(0);
        return max == 0 ? List.of() : steps.stream().filter(s -> s.replies() == max).toList();
    }

    /**
     * One step's messages (every attempt counted) by how sending went, and the replies that answered it.
     *
     * @param step      the step, from 1
     * @param sent      messages the server accepted
     * @param failed    messages refused or not handed over
     * @param uncertain messages an interrupted send may or may not have delivered
     * @param skipped   messages not attempted
     * @param replies   leads whose reply answered this step
     */
    public record Step(int step, int sent, int failed, int uncertain, int skipped, int replies) {

        /** Checks the values. */
        public Step {
            if (step < 1 || sent < 0 || failed < 0 || uncertain < 0 || skipped < 0 || replies < 0) {
                throw new IllegalArgumentException("a step starts at 1 and its counts are not negative");
            }
        }

        /** Messages of this step, whatever became of them. */
        public int messages() {
            return sent + failed + uncertain + skipped;
        }
    }
}
