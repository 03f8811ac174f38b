package dev.campaigncrm.report;

import java.util.List;

/**
 * The few statistics the report needs, with the JDK alone: the Wilson score interval for a rate, the
 * Cochran–Armitage test for a trend in a rate across ordered groups, with the trend's slope and its interval, Fisher's
 * exact test of two rates, and the sample size that tells two rates apart.
 */
final class Statistics {

    /** The standard normal quantile for a two-sided 95% interval. */
    static final double Z95 = 1.959963984540054;
    /** The standard normal quantile for 80% power (one-sided 0.80). */
    static final double Z80 = 0.8416212335729143;

    private Statistics() {
    }

    /**
     * The 95% Wilson score interval for {@code successes} out of {@code trials} (Wilson 1927; Newcombe 1998, method
     * 3); the whole range 0–1 when there are no trials.
     */
    static Interval wilson(long successes, long trials) {
        if (successes < 0 || trials < 0 || successes > trials) {
            throw new IllegalArgumentException("need 0 <= successes <= trials but got " + successes + "/" + trials);
        }
        if (trials == 0) {
            return new Interval(0, 1);
        }
        double n = trials;
        double p = successes / n;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
        double low = successes == 0 ? 0 : Math.max(0, centre - half);
        double high = successes == trials ? 1 : Math.min(1, centre + half);
        return new Interval(low, high);
    }

    /**
     * One ordered group for a trend test.
     *
     * @param score     the group's position on the ordered scale (e.g. 1 for the lowest score band)
     * @param successes e.g. interested replies
     * @param trials    e.g. delivered emails
     */
    record Group(double score, long successes, long trials) {
    }

    /**
     * A linear trend in a rate across ordered groups.
     *
     * @param slope  the least-squares change in the rate per unit of score (e.g. per band)
     * @param low    the lower end of the slope's 95% interval (Wald, with each group's own variance)
     * @param high   the upper end of the slope's 95% interval
     * @param z      the Cochran–Armitage statistic (pooled variance under no trend)
     * @param p      its two-sided p-value
     * @param trials the trials in the groups
     */
    record Trend(double slope, double low, double high, double z, double p, long trials) {

        /** True when the interval of the slope lies wholly above or below zero. */
        boolean clear() {
            return low > 0 || high < 0;
        }
    }

    /**
     * The Cochran–Armitage test for trend (Armitage 1955) across the groups, or null when fewer than two groups have
     * trials or the rate is 0 or 1 everywhere (nothing can vary).
     */
    static Trend trend(List<Group> groups) {
        List<Group> used = groups.stream().filter(g -> g.trials() > 0).toList();
        if (used.size() < 2) {
            return null;
        }
        double n = 0;
        double successes = 0;
        double scoreSum = 0;
        for (Group g : used) {
            n += g.trials();
            successes += g.successes();
            scoreSum += g.trials() * g.score();
        }
        double mean = scoreSum / n;
        double pooled = successes / n;
        double sxx = 0;
        double sxy = 0;
        double unpooledVariance = 0;
        for (Group g : used) {
            double d = g.score() - mean;
            double rate = (double) g.successes() / g.trials();
            sxx += g.trials() * d * d;
            sxy += g.trials() * d * rate;
            unpooledVariance += g.trials() * d * d * rate * (1 - rate);
        }
        if (sxx == 0 || pooled == 0 || pooled == 1) {
            return null;
        }
        double slope = sxy / sxx;
        double z = slope / Math.sqrt(pooled * (1 - pooled) / sxx);
        double se = Math.sqrt(unpooledVariance) / sxx;
        return new Trend(slope, slope - Z95 * se, slope + Z95 * se, z, 2 * upperTail(Math.abs(z)), (long) n);
    }

    /**
     * The two-sided p-value of Fisher's exact test (Fisher 1935) that {@code s1} of {@code n1} and {@code s2} of
     * {@code n2} come from the same rate: the probability, given the margins, of every table no more likely than the
     * one observed. 1 when either group is empty or nothing varies.
     */
    static double fisherExact(long s1, long n1, long s2, long n2) {
        if (s1 < 0 || s2 < 0 || s1 > n1 || s2 > n2) {
            throw new IllegalArgumentException("need 0 <= successes <= trials but got " + s1 + "/" + n1 + " and "
                    + s2 + "/" + n2);
        }
        long n = n1 + n2;
        long successes = s1 + s2;
        if (n1 == 0 || n2 == 0 || successes == 0 || successes == n) {
            return 1.0;
        }
        double[] logFactorial = new double[(int) n + 1];
        for (int i = 1; i <= n; i++) {
            logFactorial[i] = logFactorial[i - 1] + Math.log(i);
        }
        long low = Math.max(0, successes - n2);
        long high = Math.min(successes, n1);
        double observed = logHypergeometric(s1, n1, n2, successes, logFactorial);
        double p = 0;
        for (long a = low; a <= high; a++) {
            double log = logHypergeometric(a, n1, n2, successes, logFactorial);
            if (log <= observed + 1e-7) {
                p += Math.exp(log);
            }
        }
        return Math.min(1.0, p);
    }

    /** The log probability that group one has {@code a} of the {@code k} successes, under the hypergeometric law. */
    private static double logHypergeometric(long a, long n1, long n2, long k, double[] lf) {
        return logChoose(n1, a, lf) + logChoose(n2, k - a, lf) - logChoose(n1 + n2, k, lf);
    }

    private static double logChoose(long n, long k, double[] lf) {
        return lf[(int) n] - lf[(int) k] - lf[(int) (n - k)];
    }

    /**
     * The trials each of two equal groups needs for a two-sided test at the 5% level to tell rate {@code p1} from
     * {@code p2} with 80% power (the normal approximation, Fleiss 1981, without continuity correction); 0 when the
     * rates are equal or outside 0–1 (no finite number tells them apart).
     */
    static long trialsPerGroup(double p1, double p2) {
        if (!(p1 >= 0 && p1 <= 1 && p2 >= 0 && p2 <= 1) || p1 == p2) {
            return 0;
        }
        double mean = (p1 + p2) / 2;
        double a = Z95 * Math.sqrt(2 * mean * (1 - mean)) + Z80 * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
        return (long) Math.ceil(a * a / ((p1 - p2) * (p1 - p2)));
    }

    /** P(Z > z) for a standard normal Z, to a relative error below 1.2e-7 (the Chebyshev fit erfcc, Numerical Recipes 6.2). */
    static double upperTail(double z) {
        return 0.5 * erfc(z / Math.sqrt(2));
    }

    private static double erfc(double x) {
        double t = 1 / (1 + 0.5 * Math.abs(x));
        double y = t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? y : 2 - y;
    }
}
