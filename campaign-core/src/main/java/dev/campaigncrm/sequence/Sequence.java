package dev.campaigncrm.sequence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The steps of an outbound sequence: a first email, then follow-ups a number of days after it, each threaded to the
 * first and sent only while the lead has not answered. Immutable.
 *
 * <pre>{@code
 * Sequence.firstEmail().followUpAfter(Duration.ofDays(3)).followUpAfter(Duration.ofDays(7))
 * }</pre>
 */
public final class Sequence {

    private final List<Integer> days;

    private Sequence(List<Integer> days) {
        this.days = List.copyOf(days);
    }

    /** A sequence of one step: the first email only. */
    public static Sequence firstEmail() {
        return new Sequence(List.of(0));
    }

    /**
     * This sequence with one more follow-up, {@code sinceFirst} after the first email (whole days, rounded up); each
     * follow-up comes later than the one before. An out-of-office pause delays the steps after it by the pause.
     */
    public Sequence followUpAfter(Duration sinceFirst) {
        Objects.requireNonNull(sinceFirst, "sinceFirst");
        long hours = sinceFirst.toHours();
        int d = (int) Math.max(0, (hours + 23) / 24);
        int last = days.get(days.size() - 1);
        if (d <= last) {
            throw new IllegalArgumentException("each follow-up must come at least a day after the step before it: "
                    + describeDays(d) + " is not after " + describeDays(last));
        }
        List<Integer> next = new ArrayList<>(days);
        next.add(d);
        return new Sequence(next);
    }

    /** The sequence with follow-ups on these days after the first email, e.g. {@code ofDays(3, 7)}. */
    public static Sequence ofDays(int... followUpDays) {
        Sequence s = firstEmail();
        for (int d : followUpDays) {
            s = s.followUpAfter(Duration.ofDays(d));
        }
        return s;
    }

    /**
     * Parses {@link #describe()}'s form back, e.g. {@code "0,3,7"}.
     *
     * @throws IllegalArgumentException naming the text when it is not a sequence
     */
    public static Sequence parse(String text) {
        String[] parts = Objects.requireNonNull(text, "text").strip().split("\\s*,\\s*");
        try {
            if (parts.length == 0 || Integer.parseInt(parts[0]) != 0) {
                throw new IllegalArgumentException("a sequence starts with day 0: '" + text + "'");
            }
            Sequence s = firstEmail();
            for (int i = 1; i < parts.length; i++) {
                s = s.followUpAfter(Duration.ofDays(Integer.parseInt(parts[i])));
            }
            return s;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a sequence of days such as '0,3,7': '" + text + "'", e);
        }
    }

    /** How many steps (1 = the first email only). */
    public int steps() {
        return days.size();
    }

    /** The day of {@code step} (from 1) counted from the first email: 0 for step 1. */
    public int dayOf(int step) {
        if (step < 1 || step > days.size()) {
            throw new IllegalArgumentException("step " + step + " of a sequence of " + days.size());
        }
        return days.get(step - 1);
    }

    /** Days between {@code step} and the step before it (0 for step 1). */
    public int gapBefore(int step) {
        return step == 1 ? 0 : dayOf(step) - dayOf(step - 1);
    }

    /** The days of every step, e.g. {@code "0,3,7"}; {@link #parse} reads it back. */
    public String describe() {
        return String.join(",", days.stream().map(String::valueOf).toList());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sequence s && s.days.equals(days);
    }

    @Override
    public int hashCode() {
        return days.hashCode();
    }

    @Override
    public String toString() {
        return "Sequence[" + describe() + "]";
    }

    private static String describeDays(int d) {
        return "day " + d;
    }
}
