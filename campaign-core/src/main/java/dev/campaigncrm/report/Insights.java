package dev.campaigncrm.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What stands out in the figures: the facts the narrative and the recommendations are written from. */
final class Insights {

    /** Segments with fewer delivered emails than this are only compared when no larger ones exist. */
    static final int MIN_SAMPLE = 3;

    private static final Comparator<Segment> BY_INTEREST = Comparator.comparingDouble(Segment::interestRate)
            .thenComparingInt(Segment::sent).thenComparing(Segment::name, Comparator.reverseOrder());

    private Insights() {
    }

    /**
     * The segments with the highest and lowest interest rate, among those with enough delivered emails.
     *
     * @param best    the highest interest rate (more delivered emails, then name, break ties)
     * @param worst   the lowest interest rate
     * @param average the campaign's interest rate
     * @param compared how many segments were compared
     * @param small   true when the compared segments each had fewer than {@link #MIN_SAMPLE} delivered emails
     * @param tied    the other compared segments with exactly the best interest rate, so that a tie is never
     *                reported as one segment standing out
     */
    record Standout(Segment best, Segment worst, double average, int compared, boolean small, List<Segment> tied) {

        /** Copies the ties. */
        Standout {
            tied = List.copyOf(tied);
        }

        /** True when every compared segment had the same interest rate. */
        boolean flat() {
            return best.interestRate() == worst.interestRate();
        }
    }

    /**
     * How response varied with the score band, from the highest band with delivered emails to the lowest.
     *
     * @param top       the highest band with delivered emails
     * @param bottom    the lowest band with delivered emails
     * @param higherDidBetter true when the top band's response rate is above the bottom band's
     * @param inOrder   true when the response rate never rises from one band with deliveries to the next lower one
     */
    record BandTrend(Segment top, Segment bottom, boolean higherDidBetter, boolean inOrder) {
    }

    /** What generated the simulated replies, for the report's sentences: the reply source when it says so. */
    static Markdown.Cell simulatedBy(CampaignStats s) {
        String source = s.run().replySource() == null ? "" : s.run().replySource();
        return source.toLowerCase(Locale.ROOT).contains("simulated") ? Markdown.literal(source)
                : new Markdown.Cell("a reply simulator");
    }

    /** The standout among these segments, when at least two had delivered emails. */
    static Optional<Standout> standout(List<Segment> segments, double average) {
        List<Segment> large = segments.stream().filter(s -> s.sent() >= MIN_SAMPLE).toList();
        boolean small = large.size() < 2;
        List<Segment> compared = small ? segments.stream().filter(s -> s.sent() > 0).toList() : large;
        if (compared.size() < 2) {
            return Optional.empty();
        }
        Segment best = compared.stream().max(BY_INTEREST).orElseThrow();
        Segment worst = compared.stream().min(Comparator.comparingDouble(Segment::interestRate)
                .thenComparing(Comparator.comparingInt(Segment::sent).reversed())
                .thenComparing(Segment::name)).orElseThrow();
        List<Segment> tied = compared.stream()
                .filter(seg -> seg != best && seg.interestRate() == best.interestRate())
                .toList();
        return Optional.of(new Standout(best, worst, average, compared.size(), small, tied));
    }

    /** The trend across score bands, when at least two bands had delivered emails. */
    static Optional<BandTrend> bandTrend(List<Segment> bandsHighToLow) {
        List<Segment> withSends = bandsHighToLow.stream().filter(s -> s.sent() > 0).toList();
        if (withSends.size() < 2) {
            return Optional.empty();
        }
        boolean inOrder = true;
        for (int i = 1; i < withSends.size(); i++) {
            if (withSends.get(i).responseRate() > withSends.get(i - 1).responseRate()) {
                inOrder = false;
            }
        }
        Segment top = withSends.get(0);
        Segment bottom = withSends.get(withSends.size() - 1);
        return Optional.of(new BandTrend(top, bottom, top.responseRate() > bottom.responseRate(), inOrder));
    }

    /** Segments with enough delivered emails whose response rate is below half the campaign's. */
    static List<Segment> weak(List<Segment> segments, double averageResponseRate) {
        if (averageResponseRate <= 0) {
            return List.of();
        }
        return segments.stream()
                .filter(s -> s.sent() >= MIN_SAMPLE && s.responseRate() < averageResponseRate / 2)
                .toList();
    }
}
