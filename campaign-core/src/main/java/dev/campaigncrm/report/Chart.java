package dev.campaigncrm.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One chart of the report, drawn as Mermaid in the markdown ({@link #mermaid()}) and as inline SVG in the HTML page
 * ({@link SvgChart}). Labels are fixed report vocabulary (reply classes, personas, score bands, steps), never lead
 * text.
 *
 * @param title  what the chart shows
 * @param kind   how it is drawn
 * @param bars   the slices or bars, in drawing order
 * @param colour the chart's bar colour ({@code #rrggbb}); a pie takes its colours from {@link SvgChart#PIE}
 */
record Chart(String title, Kind kind, List<Bar> bars, String colour) {

    /** How a chart is drawn. */
    enum Kind {
        /** Shares of a whole: a Mermaid {@code pie}, an SVG pie with a legend. */
        PIE,
        /** Rates with their 95% intervals: bars with whiskers. */
        RATES,
        /** Counts: plain bars. */
        COUNTS
    }

    /**
     * One bar or slice.
     *
     * @param label what it stands for
     * @param part  the count (the numerator of a rate)
     * @param whole the rate's denominator; for a count or a slice, the total it is a share of
     */
    record Bar(String label, long part, long whole) {

        /** part / whole, 0 when whole is 0. */
        double value() {
            return Ratios.of(part, whole);
        }

        /** The 95% Wilson interval of part / whole. */
        Interval interval() {
            return Statistics.wilson(part, whole);
        }
    }

    /** Copies the bars. */
    Chart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        bars = List.copyOf(bars);
    }

    /** The chart as a fenced Mermaid block (GitHub and GitLab draw it), ending with a newline. */
    String mermaid() {
        StringBuilder out = new StringBuilder("```mermaid\n");
        if (kind == Kind.PIE) {
            out.append("pie showData\n    title ").append(plain(title)).append('\n');
            bars.forEach(b -> out.append("    \"").append(plain(b.label())).append("\" : ").append(b.part())
                    .append('\n'));
        } else {
            boolean rates = kind == Kind.RATES;
            double top = rates ? SvgChart.scaleTop(this) * 100 : Math.max(1, bars.stream()
                    .mapToLong(Bar::part).max().orElse(1));
            out.append("xychart-beta\n    title \"").append(plain(title)).append("\"\n    x-axis [")
                    .append(bars.stream().map(b -> "\"" + plain(b.label()) + "\"").collect(Collectors.joining(", ")))
                    .append("]\n    y-axis \"").append(rates ? "%" : "count").append("\" 0 --> ")
                    .append(rates ? String.format(Locale.ROOT, "%.0f", top) : String.valueOf((long) top))
                    .append("\n    bar [")
                    .append(bars.stream().map(b -> rates ? String.format(Locale.ROOT, "%.1f", b.value() * 100)
                            : String.valueOf(b.part())).collect(Collectors.joining(", ")))
                    .append("]\n");
        }
        return out.append("```\n").toString();
    }

    /** A label safe inside a Mermaid quoted string: no quotes, no line breaks, no markup. */
    private static String plain(String label) {
        return label.replaceAll("[\\p{Cntrl}\"`<>#;:]", " ").replaceAll("\\s+", " ").strip();
    }
}
