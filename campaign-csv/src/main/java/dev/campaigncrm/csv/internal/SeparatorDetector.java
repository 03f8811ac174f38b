package dev.campaigncrm.csv.internal;

/** Guesses a file's field separator from its header line: the most frequent of comma, semicolon and tab. */
public final class SeparatorDetector {

    private static final char[] CANDIDATES = {',', ';', '\t'};

    private SeparatorDetector() {
    }

    /** The separator the header line uses, counting only characters outside quotes; comma on a tie or none. */
    public static char detect(String headerLine) {
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                for (int k = 0; k < CANDIDATES.length; k++) {
                    if (c == CANDIDATES[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < CANDIDATES.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return CANDIDATES[best];
    }
}
