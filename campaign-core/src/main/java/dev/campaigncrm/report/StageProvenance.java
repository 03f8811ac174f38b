package dev.campaigncrm.report;

import java.util.List;
import java.util.Objects;

/**
 * Who produced one kind of result across the campaign (the analyses, the drafts or the classifications) and how
 * often the preferred producer failed so that a fallback was used.
 *
 * @param stage     {@code analysis}, {@code draft} or {@code classification}
 * @param sources   results per producer ({@code ai_source}), largest first
 * @param fellBack  how many results are fallbacks
 * @param reasons   the fallback reasons with their counts, largest first
 */
public record StageProvenance(String stage, List<Count> sources, int fellBack, List<Count> reasons) {

    /** Copies the lists. */
    public StageProvenance {
        Objects.requireNonNull(stage, "stage");
        sources = List.copyOf(sources);
        reasons = List.copyOf(reasons);
    }

    /** How many results of this kind exist. */
    public int total() {
        return sources.stream().mapToInt(Count::count).sum();
    }
}
