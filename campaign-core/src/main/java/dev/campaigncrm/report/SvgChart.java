package dev.campaigncrm.report;

import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link Chart} as inline SVG for the HTML page: horizontal bars (rates with their 95% interval as a whisker)
 * or a pie with a legend. The SVG scales to its box (a {@code viewBox}, no fixed width), uses no script, font or
 * image from anywhere, and every colour it fills with is listed in the figure's {@code data-marks} attribute so a test
 * can find the chart's pixels in a screenshot.
 */
final class SvgChart {

    /** The pie's slice colours, in slice order (repeated if there are more slices). */
    static final List<String> PIE = List.of("#16a34a", "#dc2626", "#ea580c", "#7c3aed", "#0891b2", "#be185d",
            "#94a3b8");

    private static final int WIDTH = 400;
    private static final int ROW = 64;
    private static final String TEXT = "#1f2937";
    private static final String WHISKER = "#111827";

    private SvgChart() {
    }

    /** The top of a rate chart's scale: the highest interval end rounded up to a tenth, at least 10%. */
    static double scaleTop(Chart chart) {
        double max = chart.bars().stream().mapToDouble(b -> b.whole() == 0 ? 0 : b.interval().high()).max()
                .orElse(0);
        return Math.max(0.1, Math.min(1, Math.ceil(max * 10 - 1e-9) / 10));
    }

    /** The track colour behind a bar: the bar colour mixed with white. */
    static String track(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        int r = mix(rgb >> 16 & 0xff);
        int g = mix(rgb >> 8 & 0xff);
        int b = mix(rgb & 0xff);
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    /** The colours the chart fills with, for {@code data-marks}. */
    static List<String> marks(Chart chart) {
        if (chart.kind() == Chart.Kind.PIE) {
            return PIE.subList(0, Math.min(PIE.size(), chart.bars().size()));
        }
        return List.of(chart.colour(), track(chart.colour()));
    }

    /** The chart as a {@code <figure>} holding an {@code <svg>} and a caption. */
    static String figure(Chart chart) {
        String svg = chart.kind() == Chart.Kind.PIE ? pie(chart) : bars(chart);
        return "<figure class=\"chart\" data-marks=\"" + String.join(" ", marks(chart)) + "\">" + svg
                + "<figcaption>" + Html.escape(chart.title()) + "</figcaption></figure>\n";
    }

    private static String bars(Chart chart) {
        boolean rates = chart.kind() == Chart.Kind.RATES;
        double top = rates ? scaleTop(chart) : Math.max(1, chart.bars().stream().mapToLong(Chart.Bar::part).max()
                .orElse(1));
        int height = ROW * chart.bars().size() + 24;
        String trackColour = track(chart.colour());
        StringBuilder s = open(height, chart.title());
        int y = 0;
        for (Chart.Bar b : chart.bars()) {
            double value = rates ? b.value() : b.part();
            s.append(text(0, y + 16, b.label(), "start", 16));
            s.append(rect(0, y + 23, WIDTH, 16, trackColour));
            s.append(rect(0, y + 23, width(value, top), 16, chart.colour()));
            String figures;
            if (rates && b.whole() > 0) {
                Interval i = b.interval();
                double lo = width(i.low(), top);
                double hi = width(i.high(), top);
                s.append(line(lo, y + 31, hi, y + 31)).append(line(lo, y + 25, lo, y + 37))
                        .append(line(hi, y + 25, hi, y + 37));
                figures = Markdown.percent(b.value()) + " (" + Markdown.interval(i) + ") of " + b.whole();
            } else if (rates) {
                figures = "n/a (none delivered)";
            } else {
                figures = b.part() + (b.whole() > 0 ? " (" + Markdown.percent(b.value()) + ")" : "");
            }
            s.append(text(0, y + 56, figures, "start", 14));
            y += ROW;
        }
        s.append(text(0, y + 16, "scale 0\u2013" + (rates ? Markdown.percent(top) : String.valueOf((long) top))
                + (rates ? "; whiskers: 95% interval" : ""), "start", 13));
        return s.append("</svg>").toString();
    }

    private static String pie(Chart chart) {
        long total = chart.bars().stream().mapToLong(Chart.Bar::part).sum();
        int legend = 24 * chart.bars().size();
        StringBuilder s = open(220 + legend, chart.title());
        double cx = WIDTH / 2.0;
        double cy = 105;
        double r = 100;
        double angle = -Math.PI / 2;
        for (int k = 0; k < chart.bars().size(); k++) {
            Chart.Bar b = chart.bars().get(k);
            String colour = PIE.get(k % PIE.size());
            if (total > 0 && b.part() == total) {
                s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"/>",
                        cx, cy, r, colour));
            } else if (total > 0 && b.part() > 0) {
                double sweep = 2 * Math.PI * b.part() / total;
                double end = angle + sweep;
                s.append(String.format(Locale.ROOT, "<path d=\"M%.2f %.2fL%.2f %.2fA%.1f %.1f 0 %d 1 %.2f %.2fZ\""
                                + " fill=\"%s\"/>", cx, cy, cx + r * Math.cos(angle), cy + r * Math.sin(angle), r, r,
                        sweep > Math.PI ? 1 : 0, cx + r * Math.cos(end), cy + r * Math.sin(end), colour));
                angle = end;
            }
            int ly = 222 + 24 * k;
            s.append(rect(0, ly, 14, 14, colour));
            s.append(text(22, ly + 13, b.label() + ": " + b.part() + (total > 0 ? " (" + Markdown.percent(
                    (double) b.part() / total) + ")" : ""), "start", 15));
        }
        return s.append("</svg>").toString();
    }

    private static StringBuilder open(int height, String title) {
        return new StringBuilder(2048).append("<svg viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" role=\"img\" aria-label=\"")
                .append(Html.escape(title)).append("\">");
    }

    private static double width(double value, double top) {
        return Math.max(0, Math.min(WIDTH, value / top * WIDTH));
    }

    private static String rect(double x, double y, double w, double h, String fill) {
        return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                x, y, w, h, fill);
    }

    private static String line(double x1, double y1, double x2, double y2) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\""
                + " stroke-width=\"2\"/>", x1, y1, x2, y2, WHISKER);
    }

    private static String text(double x, double y, String content, String anchor, int size) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" text-anchor=\"%s\""
                + " fill=\"%s\">", x, y, size, anchor, TEXT) + Html.escape(content) + "</text>";
    }

    private static int mix(int channel) {
        return channel + (255 - channel) * 4 / 5;
    }
}
