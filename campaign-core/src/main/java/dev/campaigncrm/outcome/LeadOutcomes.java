package dev.campaigncrm.outcome;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The outcomes of a run, one per usable lead, read back in source order each time they are asked for, with their
 * counts kept as they were added. Both phases keep them in a temporary file, so that a run of any size holds only the
 * leads in flight; {@link #close()} deletes that file (it is also deleted once this object is unreachable, or when the
 * JVM exits). Outcomes built in code are kept in memory ({@link #of(List)}). Thread-safe.
 */
public interface LeadOutcomes extends AutoCloseable {

    /** How many outcomes there are. */
    int size();

    /** How many of them the server accepted the email of. */
    long sentCount();

    /** How many of them stopped at some stage. */
    long failedCount();

    /**
     * The outcomes in source order (by {@link LeadOutcome#index()}), read lazily; close the stream (try-with-resources)
     * to release the file it reads.
     *
     * @throws dev.campaigncrm.run.CampaignException when the outcomes were closed or their file cannot be read
     */
    Stream<LeadOutcome> stream();

    /** Hands every outcome, in source order, to {@code action}. */
    default void forEach(Consumer<? super LeadOutcome> action) {
        try (Stream<LeadOutcome> s = stream()) {
            s.forEach(action);
        }
    }

    /** Every outcome in a list, in source order: holds them all in memory, so meant for small runs and tests. */
    default List<LeadOutcome> toList() {
        try (Stream<LeadOutcome> s = stream()) {
            return s.toList();
        }
    }

    /** True when there are none. */
    default boolean isEmpty() {
        return size() == 0;
    }

    /** Releases what holds the outcomes (deletes their file); a no-op for outcomes in memory. */
    @Override
    void close();

    /** Outcomes held in memory, sorted into source order. */
    static LeadOutcomes of(List<LeadOutcome> outcomes) {
        List<LeadOutcome> sorted = outcomes.stream().sorted(Comparator.comparingInt(LeadOutcome::index)).toList();
        long sent = sorted.stream().filter(LeadOutcome::sent).count();
        long failed = sorted.stream().filter(o -> o.failure() != null).count();
        return new InMemoryOutcomes(sorted, sent, failed);
    }
}
