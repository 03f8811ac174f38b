package dev.campaigncrm.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** {@link SendSlots} in memory, for the workers of one process; not durable. Thread-safe. */
final class InMemorySendSlots implements SendSlots {

    private record Key(String campaignId, String scope, long window) {
    }

    private final Map<Key, Integer> used = new HashMap<>();

    /** Counts the slot unless the window is full. */
    @Override
    public synchronized boolean take(String campaignId, String scope, long window, int capacity) {
        Key k = new Key(Objects.requireNonNull(campaignId, "campaignId"), Objects.requireNonNull(scope, "scope"),
                window);
        int n = used.getOrDefault(k, 0);
        if (n >= capacity) {
            return false;
        }
        used.put(k, n + 1);
        if (SendSlots.prunesAt(window)) {
            used.keySet().removeIf(old -> old.campaignId().equals(k.campaignId()) && old.scope().equals(k.scope())
                    && old.window() < window - WINDOWS_KEPT);
        }
        return true;
    }
}
