package dev.campaigncrm.report;

import static dev.campaigncrm.report.OutcomeBuilder.REAL_RUN;
import static dev.campaigncrm.report.OutcomeBuilder.lead;
import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.reply.ReplyCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private static final String SCRIPT = "<script>alert(1)</script>";

    private static CampaignReport report(List<LeadOutcome> outcomes, ReportNarrative narrative) {
        return MarkdownReportWriter.builder().narrative(narrative).build()
                .write(CampaignStats.compute(outcomes, 0, REAL_RUN), outcomes);
    }

    @Test
    void leadTextAndNarrativeTextAreTextNotMarkup() {
        List<LeadOutcome> hostile = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            hostile.add(lead(i).industry(SCRIPT).location("Springfield, <img src=x onerror=alert(2)>")
                    .reply(ReplyCategory.INTERESTED).build());
            hostile.add(lead(100 + i).industry("Retail \" onmouseover=\"alert(3)").build());
        }
        hostile.add(lead(200).industry("Retail").failed("550 <script>alert(4)</script> unknown").build());
        Narrative n = new Narrative("Summary <iframe src=//evil.test></iframe>", List.of("**bold** <b>x</b>"),
                List.of("Do <a href=x>this</a>"), "The end & <style>*{}</style>", Provenance.of("model"));
        String html = report(hostile, s -> Optional.of(n)).html();

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;img src=x onerror=alert(2)&gt;")
                .contains("Retail &quot; onmouseover=&quot;alert(3)")
                .contains("550 &lt;script&gt;alert(4)&lt;/script&gt; unknown")
                .contains("Summary &lt;iframe").contains("&lt;b&gt;x&lt;/b&gt;").contains("Do &lt;a href=x&gt;")
                .contains("The end &amp; &lt;style&gt;")
                .doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                .doesNotContainIgnoringCase("<iframe").doesNotContainIgnoringCase("<a ")
                .doesNotContain("<b>");
        assertThat(html.indexOf("<style>")).isEqualTo(html.lastIndexOf("<style>"));
    }

    @Test
    void markdownBecomesHeadingsTablesListsAndChartsInOrder() {
        List<LeadOutcome> outcomes = List.of(lead(0).reply(ReplyCategory.INTERESTED).build(),
                lead(1).reply(ReplyCategory.NOT_INTERESTED).build(), lead(2).build());
        CampaignReport r = report(outcomes, ReportNarrative.ruleText());
        String html = r.html();

        assertThat(html).contains("<title>Campaign Report: spring-push (as of 2026-11-24)</title>")
                .contains("<h1>Campaign Report: spring-push (as of 2026-11-24)</h1>")
                .contains("<div class=\"table\"><table>\n<tr><th>KPI</th><th>Value</th></tr>\n"
                        + "<tr><td>Contacts (usable leads)</td><td>3</td></tr>")
                .contains("<tr><td>not_interested</td><td>1</td><td>33.3% (6.1\u201379.2%)</td></tr>")
                .contains("<li><strong>Hand the 1 interested lead to sales:</strong> while their interest is fresh; "
                        + "their replies are in <code>report/final.csv</code>.</li>")
                .doesNotContain("```").doesNotContain("| --- |");
        assertThat(html.indexOf("<figure class=\"chart\" data-marks=\"" + SvgChart.PIE.get(0)))
                .isGreaterThan(html.indexOf("<h2>Response Analysis</h2>"))
                .isLessThan(html.indexOf("<h2>Audience Segmentation</h2>"));
        assertThat(html.indexOf("data-marks=\"" + ReportDocument.PERSONA_COLOUR))
                .isGreaterThan(html.indexOf("<h3>By persona</h3>"));
        assertThat(html.indexOf("data-marks=\"" + ReportDocument.BAND_COLOUR))
                .isGreaterThan(html.indexOf("<h2>Lead Quality Assessment</h2>"));
    }

    @Test
    void rateBarsCarryTheirIntervalAsAWhiskerAndText() {
        Chart chart = new Chart("Interest", Chart.Kind.RATES, List.of(new Chart.Bar("A", 5, 20),
                new Chart.Bar("B", 0, 10)), "#2563eb");
        String svg = SvgChart.figure(chart);

        assertThat(svg).contains("25.0% (11.2\u201346.9%) of 20").contains("0.0% (0.0\u201327.8%) of 10")
                .contains("scale 0\u201350.0%; whiskers: 95% interval")
                .contains("<line x1=\"89.5\"").contains("data-marks=\"#2563eb #d3dffb\"");
        assertThat(chart.mermaid()).isEqualTo("```mermaid\nxychart-beta\n    title \"Interest\"\n"
                + "    x-axis [\"A\", \"B\"]\n    y-axis \"%\" 0 --> 50\n    bar [25.0, 0.0]\n```\n");
    }
}
