package dev.campaigncrm.compose;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Picks one of several phrasings per slot from a stable 64-bit hash of the seed, the lead and the slot name, so the
 * same lead and seed always read the same and another seed may read differently.
 */
final class VariantChooser {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private final long base;

    private VariantChooser(long base) {
        this.base = base;
    }

    /** A chooser for one lead, keyed by its id and address, under a seed. */
    public static VariantChooser of(long seed, String leadId, String email) {
        long h = mix(seed ^ FNV_OFFSET);
        h = fnv(h, leadId);
        h = fnv(h ^ 0x1F, email);
        return new VariantChooser(mix(h));
    }

    /** One of the options for the named slot; the options must not be empty. */
    public <T> T pick(String slot, List<T> options) {
        if (options.isEmpty()) {
            throw new IllegalArgumentException("no options for slot " + slot);
        }
        long h = mix(fnv(base, slot));
        return options.get((int) Long.remainderUnsigned(h, options.size()));
    }

    private static long fnv(long start, String text) {
        long h = start;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= FNV_PRIME;
        }
        return h;
    }

    /** The SplitMix64 finaliser: spreads every input bit over the whole word. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
