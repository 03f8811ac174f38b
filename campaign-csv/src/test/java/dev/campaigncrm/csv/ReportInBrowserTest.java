package dev.campaigncrm.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.campaigncrm.Campaign;
import dev.campaigncrm.reply.ReplyMix;
import dev.campaigncrm.reply.ReplySimulator;
import dev.campaigncrm.testing.RecordingMailer;
import dev.campaigncrm.testing.SampleLeads;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample campaign's {@code report/campaign_report.html}, as written by {@code writeArtifacts}, rendered by headless
 * Chromium at a phone's width (390 px) and a laptop's (1280 px).
 *
 * <p>Method: the page is laid out inside iframes exactly 390 and 1280 px wide, side by side (Chromium will not make a
 * window narrower than 500 px), so the page itself carries no script. First a probe page holding the iframes and a
 * measuring script is loaded with {@code --dump-dom}: the script writes each iframe document's {@code clientWidth},
 * {@code scrollWidth} and {@code scrollHeight} and each chart's box into the dumped DOM. No horizontal overflow means {@code scrollWidth}
 * equals the viewport's width (wide tables scroll inside their own box) and every chart's box ends inside it. Then
 * the same iframes, as tall as the page, are screenshotted in one shot and each chart's box in the PNG must hold pixels of the
 * chart's own fill colours (listed in the figure's {@code data-marks}): the chart was drawn, not left blank. Without
 * Chromium the test is skipped, unless {@code CI=true}, where it fails. The PNGs are kept in
 * {@code target/report-browser/}.
 */
class ReportInBrowserTest {

    private static final int[] WIDTHS = {390, 1280};
    private static final int GAP = 10;
    private static final int PAGE_WIDTH = 390 + 1280 + 2 * GAP;
    private static final Pattern VIEWPORT = Pattern.compile("viewport (\\d+) (\\d+) (\\d+) (\\d+)");
    private static final Pattern CHART = Pattern.compile(
            "chart (\\d+) (-?\\d+) (-?\\d+) (\\d+) (\\d+) ([#0-9a-f ]+)");
    private static final int TOLERANCE = 3;
    private static final double MIN_MARKED_SHARE = 0.02;

    @Test
    void everyChartIsDrawnAndNothingOverflowsAtPhoneAndLaptopWidths(@TempDir Path dir) throws Exception {
        HeadlessChromium chromium = chromiumOrSkip(dir);
        Campaign.builder().leads(SampleLeads.file()).asOf(LocalDate.of(2026, 11, 24)).seed(42).campaignId("sample")
                // talkative leads, so that every chart has bars to measure (the published default draws few replies)
                .mailer(RecordingMailer.accepting())
                .replies(ReplySimulator.seeded(42).withMix(ReplyMix.published().withReplyRate(0.5)))
                .writeArtifacts(dir.resolve("run")).build().run();
        String page = Files.readString(dir.resolve("run/report/campaign_report.html"), StandardCharsets.UTF_8);
        int figures = page.split("<figure class=\"chart\"", -1).length - 1;
        assertThat(figures).isGreaterThanOrEqualTo(3);

        Map<Integer, Layout> layouts = measure(chromium, page, dir);
        int height = layouts.values().stream().mapToInt(Layout::height).max().orElseThrow();
        Path shot = Files.writeString(dir.resolve("shot.html"), frames(page, height, ""), StandardCharsets.UTF_8);
        Path png = dir.resolve("report.png");
        chromium.screenshot(shot, png, PAGE_WIDTH, height);
        BufferedImage image = ImageIO.read(png.toFile());
        for (int width : WIDTHS) {
            Layout layout = layouts.get(width);
            assertThat(layout.clientWidth()).as("viewport at %d px", width).isEqualTo(width);
            assertThat(layout.scrollWidth()).as("page width at %d px (horizontal overflow)", width)
                    .isLessThanOrEqualTo(width);
            assertThat(layout.charts()).as("charts laid out at %d px", width).hasSize(figures);
            BufferedImage view = image.getSubimage(left(width), 0, width, layout.height());
            for (Box chart : layout.charts()) {
                assertThat(chart.x() + chart.width()).as("right edge of a chart at %d px", width)
                        .isLessThanOrEqualTo(width);
                assertThat(markedShare(view, chart)).as("share of the chart's box in its colours %s at %d px",
                        chart.marks(), width).isGreaterThan(MIN_MARKED_SHARE);
            }
            keep(view, "report-" + width + ".png");
        }
    }

    private static HeadlessChromium chromiumOrSkip(Path dir) {
        Optional<HeadlessChromium> found = HeadlessChromium.find(dir);
        if (found.isEmpty()) {
            String why = "chromium is not on the PATH (Debian: apt-get install -y chromium); the browser test of the "
                    + "HTML report needs it";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why + ", and CI=true");
            }
            Assumptions.abort(why);
        }
        return found.get();
    }

    /**
     * The page's layout at this width.
     *
     * @param clientWidth the viewport's width
     * @param scrollWidth the page's width, wider than the viewport when something overflows
     * @param height      the page's height
     * @param charts      each chart's box
     */
    private record Layout(int clientWidth, int scrollWidth, int height, List<Box> charts) {
    }

    /**
     * A chart's box in page pixels and its fill colours.
     *
     * @param x      left
     * @param y      top
     * @param width  width
     * @param height height
     * @param marks  the fill colours, {@code #rrggbb}
     */
    private record Box(int x, int y, int width, int height, List<String> marks) {
    }

    private static Map<Integer, Layout> measure(HeadlessChromium chromium, String page, Path dir)
            throws IOException, InterruptedException {
        String script = """
                <script>
                window.addEventListener("load", function () {
                  var out = [];
                  document.querySelectorAll("iframe").forEach(function (f) {
                    var d = f.contentDocument, e = d.documentElement, w = f.getAttribute("data-width");
                    out.push("viewport " + w + " " + e.clientWidth + " " + e.scrollWidth + " " + e.scrollHeight);
                    d.querySelectorAll("figure.chart").forEach(function (c) {
                      var r = c.getBoundingClientRect();
                      out.push("chart " + w + " " + Math.floor(r.left) + " " + Math.floor(r.top) + " "
                          + Math.ceil(r.width) + " " + Math.ceil(r.height) + " " + c.getAttribute("data-marks"));
                    });
                  });
                  var p = document.createElement("pre");
                  p.id = "measure";
                  p.textContent = out.join("\\n");
                  document.body.appendChild(p);
                });
                </script>
                """;
        Path probe = Files.writeString(dir.resolve("probe.html"), frames(page, 2000, script), StandardCharsets.UTF_8);
        String dom = chromium.dumpDom(probe, PAGE_WIDTH, 2000);
        Map<Integer, Layout> layouts = new TreeMap<>();
        Matcher v = VIEWPORT.matcher(dom);
        while (v.find()) {
            int width = Integer.parseInt(v.group(1));
            List<Box> charts = new ArrayList<>();
            Matcher c = CHART.matcher(dom);
            while (c.find()) {
                if (Integer.parseInt(c.group(1)) == width) {
                    charts.add(new Box(Integer.parseInt(c.group(2)), Integer.parseInt(c.group(3)),
                            Integer.parseInt(c.group(4)), Integer.parseInt(c.group(5)),
                            Arrays.asList(c.group(6).strip().split(" "))));
                }
            }
            layouts.put(width, new Layout(Integer.parseInt(v.group(2)), Integer.parseInt(v.group(3)),
                    Integer.parseInt(v.group(4)), charts));
        }
        assertThat(layouts.keySet()).as("the probe's measurements in the DOM chromium dumped")
                .containsExactly(WIDTHS[0], WIDTHS[1]);
        return layouts;
    }

    /**
     * A page holding the report once per width, side by side, each in an iframe exactly that wide and this high,
     * then {@code extra}.
     */
    private static String frames(String page, int height, String extra) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
                + "<body style=\"margin:0;background:#fff;white-space:nowrap\">");
        for (int width : WIDTHS) {
            out.append("<iframe data-width=\"").append(width).append("\" style=\"border:0;display:inline-block;")
                    .append("vertical-align:top;width:").append(width).append("px;height:").append(height)
                    .append("px;margin-right:").append(GAP).append("px\" srcdoc=\"").append(attribute(page))
                    .append("\"></iframe>");
        }
        return out.append(extra).append("</body></html>").toString();
    }

    /** Where the iframe of this width starts in the screenshot. */
    private static int left(int width) {
        int x = 0;
        for (int w : WIDTHS) {
            if (w == width) {
                return x;
            }
            x += w + GAP;
        }
        throw new IllegalArgumentException("no frame " + width + " px wide");
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The share of the box's pixels whose colour is one of the chart's fill colours. */
    private static double markedShare(BufferedImage image, Box box) {
        int[] colours = box.marks().stream().mapToInt(m -> Integer.parseInt(m.substring(1), 16)).toArray();
        long marked = 0;
        long all = 0;
        for (int y = Math.max(0, box.y()); y < Math.min(image.getHeight(), box.y() + box.height()); y++) {
            for (int x = Math.max(0, box.x()); x < Math.min(image.getWidth(), box.x() + box.width()); x++) {
                all++;
                int rgb = image.getRGB(x, y) & 0xffffff;
                for (int c : colours) {
                    if (close(rgb, c)) {
                        marked++;
                        break;
                    }
                }
            }
        }
        return all == 0 ? 0 : (double) marked / all;
    }

    private static boolean close(int a, int b) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs((a >> shift & 0xff) - (b >> shift & 0xff)) > TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    private static void keep(BufferedImage view, String name) throws IOException {
        Path target = Path.of("target", "report-browser");
        Files.createDirectories(target);
        ImageIO.write(view, "png", target.resolve(name).toFile());
    }
}
