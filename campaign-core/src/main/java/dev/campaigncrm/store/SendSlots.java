package dev.campaigncrm.store;

/**
 * Counters of sends per time window kept in the store, so that a limit holds for all the workers of a campaign
 * together: each send takes a slot of its window, and a window's slots run out at its capacity. Thread-safe; every
 * slot taken is durable when {@link #take} returns.
 */
public interface SendSlots {

    /** How many windows of a scope an implementation keeps at least, counting back from the newest one taken. */
    long WINDOWS_KEPT = 10_000;
    /** An implementation forgets the windows before the last {@link #WINDOWS_KEPT} once in this many windows. */
    long PRUNE_EVERY = 1_000;

    /** True when taking a slot of {@code window} is the moment to forget the scope's old windows. */
    static boolean prunesAt(long window) {
        return Math.floorMod(window, PRUNE_EVERY) == 0;
    }

    /**
     * Takes one slot of window {@code window} (a window number, e.g. epoch seconds) of {@code scope} (e.g.
     * {@code rate}, {@code domain:example.com}) in the campaign, unless its {@code capacity} slots are all taken.
     *
     * @return true when a slot was taken
     */
    boolean take(String campaignId, String scope, long window, int capacity);
}
