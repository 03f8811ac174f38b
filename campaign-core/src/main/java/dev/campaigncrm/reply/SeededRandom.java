package dev.campaigncrm.reply;

import java.nio.charset.StandardCharsets;

/**
 * A small, fully specified random stream (SplitMix64), so that a seed gives the same replies on every JVM. Each lead
 * gets its own stream, derived from the seed and the lead's key; not thread-safe, never shared.
 */
final class SeededRandom {

    private long state;

    private SeededRandom(long state) {
        this.state = state;
    }

    /** The stream for one key under one seed. */
    static SeededRandom forKey(long seed, String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return new SeededRandom(mix(seed ^ mix(h)));
    }

    /** A uniform value in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** A uniform value in [0, bound). */
    int nextInt(int bound) {
        return (int) Math.floor(nextDouble() * bound);
    }

    /** One element of a non-empty list. */
    <T> T pick(java.util.List<T> options) {
        return options.get(nextInt(options.size()));
    }

    private long nextLong() {
        state += 0x9e3779b97f4a7c15L;
        return mix(state);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
