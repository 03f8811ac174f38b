package dev.campaigncrm.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The verdict of an A/B test of email variants: every pair of variants is compared on the reply rate and on the
 * interest rate (per delivered email) with {@link Statistics#fisherExact Fisher's exact test}, at the 5% level divided
 * by the number of pairs (Bonferroni). A variant wins when its interest rate is higher than every other variant's
 * and each of those differences is significant; otherwise there is no winner yet.
 *
 * @param variants the variants' outcomes, in order
 * @param pairs    every pair of variants with the tests' p-values
 * @param alpha    the level each pair's test is held to (0.05 over the number of pairs)
 * @param winner   the winning variant, if any
 */
record AbTest(List<Segment> variants, List<Pair> pairs, double alpha, Optional<Segment> winner) {

    /** The level of the whole test. */
    static final double LEVEL = 0.05;

    /**
     * Two variants compared.
     *
     * @param first     the earlier variant
     * @param second    the later variant
     * @param replyP    Fisher's exact p-value for the reply rates
     * @param interestP Fisher's exact p-value for the interest rates
     */
    record Pair(Segment first, Segment second, double replyP, double interestP) {
    }

    /** Compares the variants; null when fewer than two variants were tested. */
    static AbTest of(List<Segment> variants) {
        if (variants.size() < 2) {
            return null;
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            for (int j = i + 1; j < variants.size(); j++) {
                Segment a = variants.get(i);
                Segment b = variants.get(j);
                pairs.add(new Pair(a, b, Statistics.fisherExact(a.replied(), a.sent(), b.replied(), b.sent()),
                        Statistics.fisherExact(a.interested(), a.sent(), b.interested(), b.sent())));
            }
        }
        double alpha = LEVEL / pairs.size();
        Optional<Segment> winner = variants.stream().filter(v -> beatsAll(v, pairs, alpha)).findFirst();
        return new AbTest(List.copyOf(variants), List.copyOf(pairs), alpha, winner);
    }

    /** True when {@code v}'s interest rate is above every other variant's, each difference significant. */
    private static boolean beatsAll(Segment v, List<Pair> pairs, double alpha) {
        for (Pair p : pairs) {
            if (p.first() != v && p.second() != v) {
                continue;
            }
            Segment other = p.first() == v ? p.second() : p.first();
            if (!(v.interestRate() > other.interestRate() && p.interestP() < alpha)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The delivered emails each variant would need for a test at the 5% level to tell the two most different interest
     * rates apart with 80% power, were they the true rates; 0 when the rates are equal.
     */
    long neededPerVariant() {
        double max = variants.stream().mapToDouble(Segment::interestRate).max().orElse(0);
        double min = variants.stream().mapToDouble(Segment::interestRate).min().orElse(0);
        return Statistics.trialsPerGroup(max, min);
    }
}
