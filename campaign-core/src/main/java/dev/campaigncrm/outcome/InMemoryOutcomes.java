package dev.campaigncrm.outcome;

import java.util.List;
import java.util.stream.Stream;

/** Outcomes held in a list, already in source order. */
record InMemoryOutcomes(List<LeadOutcome> list, long sentCount, long failedCount) implements LeadOutcomes {

    @Override
    public int size() {
        return list.size();
    }

    @Override
    public Stream<LeadOutcome> stream() {
        return list.stream();
    }

    @Override
    public List<LeadOutcome> toList() {
        return list;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
