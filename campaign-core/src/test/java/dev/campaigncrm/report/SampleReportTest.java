package dev.campaigncrm.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.Campaign;
import dev.campaigncrm.reply.ReplySimulator;
import dev.campaigncrm.testing.RecordingMailer;
import dev.campaigncrm.testing.SampleLeads;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The report of the bundled 60 sample leads with simulated replies (seed 42): honest about its small numbers. */
class SampleReportTest {

    /** A rate with its interval, e.g. {@code 50.0% (15.0–85.0%)}. */
    private static final Pattern RATE_WITH_INTERVAL = Pattern.compile("\\d+\\.\\d% \\(\\d+\\.\\d\u2013\\d+\\.\\d%\\)");
    /** Any percentage. */
    private static final Pattern PERCENT = Pattern.compile("\\d+\\.\\d%");

    static CampaignReport sampleReport() {
        return Campaign.builder().leads(SampleLeads.all()).asOf(LocalDate.of(2026, 11, 24)).seed(42)
                .campaignId("sample").mailer(RecordingMailer.accepting()).replies(ReplySimulator.seeded(42))
                .build().run().reportIfWritten().orElseThrow();
    }

    @Test
    void noSegmentIsRecommendedOnSixtyLeadsAndEveryTableRateHasItsInterval() {
        CampaignReport report = sampleReport();
        String md = report.markdown();

        assertThat(md).doesNotContain("Prioritise the").doesNotContain("Deprioritise the")
                .doesNotContain("showed the most interest").doesNotContain("showed the least interest")
                .contains("Not enough data to tell whether any persona differs from the campaign's interest rate")
                .contains("Not enough data to tell whether any industry differs from the campaign's interest rate")
                .contains("No persona's interest rate differed clearly from the campaign's.");
        md.lines().filter(l -> l.startsWith("|")).forEach(row -> {
            String rest = RATE_WITH_INTERVAL.matcher(row).replaceAll("rate");
            assertThat(PERCENT.matcher(rest).find()).as("a rate without its interval in %s", row).isFalse();
        });
        assertThat(md).contains("```mermaid\npie showData").contains("xychart-beta\n    title \"Interest rate by "
                + "persona").contains("xychart-beta\n    title \"Interest rate by score band");
        // with the published reply rates 60 leads draw a handful of replies, perhaps no interest at all
        assertThat(section(md, "Lead Quality Assessment")).containsPattern(
                "(The priority score predicted interest|The priority score did NOT predict interest|Not enough data "
                        + "to tell whether the priority score predicted interest): the interest rate (rose|fell) by"
                        + "|The score cannot yet be checked against interest: that needs delivered emails in at "
                        + "least two score bands and at least one interested reply");
    }

    @Test
    void theHtmlPageHasTheSameSectionsAChartPerMermaidBlockAndNothingFromTheNetwork() {
        CampaignReport report = sampleReport();
        String html = report.html();

        for (String title : ReportDocument.SECTIONS) {
            assertThat(html).contains("<h2>" + title + "</h2>");
        }
        assertThat(count(html, "<figure class=\"chart\"")).isEqualTo(count(report.markdown(), "```mermaid"))
                .isGreaterThanOrEqualTo(3);
        assertThat(count(html, "<svg")).isEqualTo(count(html, "<figure class=\"chart\""));
        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .contains("@media print").contains("overflow-x:auto")
                .doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<link")
                .doesNotContainIgnoringCase("<img").doesNotContainIgnoringCase("@import")
                .doesNotContainIgnoringCase("url(").doesNotContain("https://").doesNotContain("http://");
    }

    private static String section(String markdown, String title) {
        int start = markdown.indexOf("## " + title + "\n");
        int end = markdown.indexOf("\n## ", start + 3);
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }

    private static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
