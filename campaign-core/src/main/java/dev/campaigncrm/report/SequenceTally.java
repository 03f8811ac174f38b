package dev.campaigncrm.report;

import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.send.SendStatus;
import dev.campaigncrm.sequence.LeadProgress;
import dev.campaigncrm.sequence.SequenceMessage;
import dev.campaigncrm.sequence.SequenceState;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts {@link SequenceStats} lead by lead, for {@link StatsCalculator}. */
final class SequenceTally {

    private final TreeMap<Integer, int[]> sends = new TreeMap<>();
    private final TreeMap<Integer, Integer> replies = new TreeMap<>();
    private final Map<SequenceState, Integer> states = new EnumMap<>(SequenceState.class);
    private boolean any;
    private int replying;

    /** Adds one lead's messages and progress. */
    void add(LeadOutcome o) {
        for (SequenceMessage m : o.messages()) {
            sends.computeIfAbsent(m.step(), k -> new int[SendStatus.values().length])[m.send().status().ordinal()]++;
        }
        LeadProgress p = o.progress();
        if (p == null) {
            return;
        }
        any = true;
        states.merge(p.state(), 1, Integer::sum);
        if (p.repliedTo() > 0) {
            replying++;
            replies.merge(p.repliedTo(), 1, Integer::sum);
        }
    }

    /** The figures, or null when no lead had a sequence (a one-email campaign). */
    SequenceStats result() {
        if (!any) {
            return null;
        }
        int last = Math.max(sends.isEmpty() ? 0 : sends.lastKey(),
                replies.isEmpty() ? 0 : replies.lastKey());
        List<SequenceStats.Step> steps = new ArrayList<>();
        for (int step = 1; step <= last; step++) {
            int[] c = sends.getOrDefault(step, new int[SendStatus.values().length]);
            steps.add(new SequenceStats.Step(step, c[SendStatus.SENT.ordinal()], c[SendStatus.FAILED.ordinal()],
                    c[SendStatus.UNCERTAIN.ordinal()], c[SendStatus.SKIPPED.ordinal()],
                    replies.getOrDefault(step, 0)));
        }
        return new SequenceStats(steps, states, replying);
    }
}
