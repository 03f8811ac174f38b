package dev.campaigncrm.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

/**
 * What stands out in the figures, by an explicit rule: the facts the narrative and the recommendations are written
 * from. A segment differs from the campaign only when it has at least {@link #MIN_DELIVERED} delivered emails and
 * the 95% Wilson interval of its rate excludes the campaign's rate; anything less is reported as not enough data.
 */
final class Insights {

    /** The fewest delivered emails a segment needs before it is called better or worse than the campaign. */
    static final int MIN_DELIVERED = 20;

    private Insights() {
    }

    /**
     * How the segments of one breakdown compare with the campaign on one rate.
     *
     * @param campaign the campaign's rate over every delivered email
     * @param above    segments whose interval lies wholly above the campaign's rate, highest rate first
     * @param below    segments whose interval lies wholly below it, lowest rate first
     * @param eligible segments with at least {@link #MIN_DELIVERED} delivered emails
     * @param withSends segments with any delivered email
     */
    record Comparison(Rate campaign, List<Rate> above, List<Rate> below, int eligible, int withSends) {

        /** Copies the lists. */
        Comparison {
            above = List.copyOf(above);
            below = List.copyOf(below);
        }

        /** True when some segment differs from the campaign by the rule. */
        boolean anyDiffer() {
            return !above.isEmpty() || !below.isEmpty();
        }
    }

    /**
     * A rate with its counts.
     *
     * @param name      the segment's name, or {@code campaign}
     * @param successes e.g. interested replies
     * @param trials    delivered emails
     */
    record Rate(String name, int successes, int trials) {

        /** successes / trials, 0 without trials. */
        double value() {
            return Ratios.of(successes, trials);
        }

        /** The 95% Wilson interval. */
        Interval interval() {
            return Statistics.wilson(successes, trials);
        }
    }

    /** The segments whose interest rate (interested per delivered email) differs from the campaign's. */
    static Comparison interest(List<Segment> segments, CampaignStats s) {
        return compare(segments, Segment::interested, s.interested(), s.sent());
    }

    /** The segments whose response rate (replies from people per delivered email) differs from the campaign's. */
    static Comparison response(List<Segment> segments, CampaignStats s) {
        return compare(segments, Segment::replied, s.humanReplies(), s.sent());
    }

    private static Comparison compare(List<Segment> segments, ToIntFunction<Segment> successes, int campaignSuccesses,
                                      int campaignTrials) {
        Rate campaign = new Rate("campaign", campaignSuccesses, campaignTrials);
        List<Rate> eligible = segments.stream().filter(g -> g.sent() >= MIN_DELIVERED)
                .map(g -> new Rate(g.name(), successes.applyAsInt(g), g.sent())).toList();
        double rate = campaign.value();
        List<Rate> above = eligible.stream().filter(r -> r.interval().low() > rate)
                .sorted(Comparator.comparingDouble(Rate::value).reversed().thenComparing(Rate::name)).toList();
        List<Rate> below = eligible.stream().filter(r -> r.interval().high() < rate)
                .sorted(Comparator.comparingDouble(Rate::value).thenComparing(Rate::name)).toList();
        int withSends = (int) segments.stream().filter(g -> g.sent() > 0).count();
        return new Comparison(campaign, above, below, eligible.size(), withSends);
    }

    /** The trend of the interest rate across the score bands (lowest band scored 1), or null when untestable. */
    static Statistics.Trend scoreTrend(List<Segment> bandsHighToLow) {
        int n = bandsHighToLow.size();
        return Statistics.trend(IntStream.range(0, n)
                .mapToObj(i -> new Statistics.Group(n - i, bandsHighToLow.get(i).interested(),
                        bandsHighToLow.get(i).sent()))
                .toList());
    }

    /** What generated the simulated replies, for the report's sentences: the reply source when it says so. */
    static Markdown.Cell simulatedBy(CampaignStats s) {
        String source = s.run().replySource() == null ? "" : s.run().replySource();
        return source.toLowerCase(Locale.ROOT).contains("simulated") ? Markdown.literal(source)
                : new Markdown.Cell("a reply simulator");
    }
}
