package dev.campaigncrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.Campaign;
import dev.campaigncrm.reply.ReplySimulator;
import dev.campaigncrm.report.CampaignReport;
import dev.campaigncrm.testing.RecordingMailer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On 10,000 generated leads (CampaignBenchmark's generator), with the simulator's published reply rates (about 5% reply,
 * 1.2% interested), the report has enough data to name a segment that differs: the persona Growth-Stage Startup
 * Founder (twice the campaign's interest rate). Smaller differences need more leads; see docs/simulation.md.
 */
class ReportAtScaleTest {

    /** A named segment sentence: kind, name, rate with interval, delivered emails. */
    private static final Pattern NAMED = Pattern.compile("The (persona|industry) ([^:]+) showed the (most|least) "
            + "interest: (\\d+\\.\\d)% \\((\\d+\\.\\d)\u2013(\\d+\\.\\d)%\\) of its (\\d+) delivered emails");
    private static final Pattern CAMPAIGN_RATE = Pattern.compile("differs? from the campaign's interest rate of "
            + "(\\d+\\.\\d)%|against (\\d+\\.\\d)% for the campaign|below the campaign's (\\d+\\.\\d)%");

    @Test
    void tenThousandLeadsNameSegmentsWhoseIntervalsExcludeTheCampaignsRate(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("leads.csv");
        CampaignBenchmark.LeadFileGenerator.write(csv, 10_000, 42);
        CampaignReport report = Campaign.builder().leads(csv).asOf(LocalDate.of(2026, 11, 24)).seed(42)
                .mailer(RecordingMailer.accepting()).replies(ReplySimulator.seeded(42)).build().run()
                .reportIfWritten().orElseThrow();
        String md = report.markdown();
        double campaign = 100.0 * report.stats().interested() / report.stats().sent();

        Matcher named = NAMED.matcher(md);
        java.util.Set<String> found = new java.util.TreeSet<>();
        while (named.find()) {
            found.add(named.group(2));
            double low = Double.parseDouble(named.group(5));
            double high = Double.parseDouble(named.group(6));
            assertThat(Integer.parseInt(named.group(7))).as(named.group()).isGreaterThanOrEqualTo(20);
            if (named.group(3).equals("most")) {
                assertThat(low).as(named.group()).isGreaterThan(campaign);
            } else {
                assertThat(high).as(named.group()).isLessThan(campaign);
            }
        }
        assertThat(found).as("segments named in\n%s", md).isNotEmpty();
        assertThat(md).contains("**Prioritise the ");
        assertThat(List.of(md.split("\n"))).noneMatch(l -> l.contains("NaN"));
        assertThat(CAMPAIGN_RATE.matcher(md).find()).isTrue();
        assertThat(md).containsPattern("The priority score (predicted|did NOT predict) interest|Not enough data to "
                + "tell whether the priority score predicted interest");
    }
}
