package dev.campaigncrm.llm.internal.steps;

import java.util.ArrayList;
import java.util.List;

/** Batch keys and splitting: items in a batch request are keyed {@code item-1}, {@code item-2}, ... */
public final class Batches {

    private Batches() {
    }

    /**
     * The key of the {@code index}-th item (0-based) of a batch. Keys are made here, not taken from the data, so a
     * duplicate or hostile lead id can neither collide with another lead's nor inject text into the request.
     */
    public static String key(int index) {
        return "item-" + (index + 1);
    }

    /** The list cut into consecutive parts of at most {@code size} items. */
    public static <T> List<List<T>> split(List<T> items, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) {
            out.add(List.copyOf(items.subList(i, Math.min(items.size(), i + size))));
        }
        return out;
    }
}
