package dev.campaigncrm.examples;

import dev.campaigncrm.Campaign;
import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.outcome.RunInfo;
import dev.campaigncrm.reply.ReplySimulator;
import dev.campaigncrm.report.CampaignReport;
import dev.campaigncrm.report.CampaignStats;
import dev.campaigncrm.report.MarkdownReportWriter;
import dev.campaigncrm.run.CampaignResult;
import dev.campaigncrm.send.Mailer;
import dev.campaigncrm.send.SendResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark main: how long the report takes for N generated leads (100,000 by default). The campaign runs first in
 * memory (offline analysis and drafts, a mailer that accepts everything without a network, simulated replies); then
 * the report is generated from its outcomes several times, each time computing the statistics, writing the markdown
 * and the HTML page and saving both, and the fastest and the median run are printed.
 *
 * <pre>
 * ./mvnw -B -q package -DskipTests
 * taskset -c 0,1 java -XX:ActiveProcessorCount=2 -Xmx2g -cp campaign-examples/target/campaign-examples.jar \
 *     dev.campaigncrm.examples.ReportBenchmark 100000
 * </pre>
 */
public final class ReportBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    private static final int RUNS = 5;

    private ReportBenchmark() {
    }

    /** Runs the benchmark; the optional argument is the number of leads (100,000). */
    public static void main(String[] args) throws IOException {
        run(args.length > 0 ? Integer.parseInt(args[0]) : 100_000, System.out);
    }

    static void run(int leads, PrintStream out) throws IOException {
        Path dir = Files.createTempDirectory("report-bench");
        Path csv = dir.resolve("leads.csv");
        CampaignBenchmark.LeadFileGenerator.write(csv, leads, 42);
        long started = System.nanoTime();
        CampaignResult result = Campaign.builder().leads(csv).asOf(AS_OF).seed(42).mailer(new AcceptingMailer())
                .replies(ReplySimulator.seeded(42)).build().run();
        double campaign = seconds(System.nanoTime() - started);
        List<LeadOutcome> outcomes = result.outcomes().toList();
        RunInfo run = result.run();
        double[] times = new double[RUNS];
        CampaignReport report = null;
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            CampaignStats stats = CampaignStats.compute(outcomes, result.rejected().size(), run);
            report = MarkdownReportWriter.defaults().write(stats, outcomes);
            Files.writeString(dir.resolve("campaign_report.md"), report.markdown(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("campaign_report.html"), report.html(), StandardCharsets.UTF_8);
            times[i] = seconds(System.nanoTime() - t0);
        }
        double first = times[0];
        Arrays.sort(times);
        out.printf(Locale.ROOT, "leads %d, %d cores, java %s, max heap %d MiB%n", outcomes.size(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        out.printf(Locale.ROOT, "campaign in memory (not part of the report): %.2f s%n", campaign);
        out.printf(Locale.ROOT, "report (statistics, markdown, HTML, both files written), %d runs: first %.3f s"
                + " (cold JIT), fastest %.3f s, median %.3f s, slowest %.3f s%n", RUNS, first, times[0],
                times[RUNS / 2], times[RUNS - 1]);
        out.printf(Locale.ROOT, "report sizes: markdown %d characters, HTML %d characters%n",
                report.markdown().length(), report.html().length());
        out.println("files: " + dir);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** Accepts every draft at once, without a network: the report is what is measured. */
    private static final class AcceptingMailer implements Mailer {
        @Override
        public SendResult send(EmailDraft draft) {
            return SendResult.sent(draft.leadId(), draft.to(), Instant.now(), "<" + draft.leadId() + "@bench>");
        }

        @Override
        public String describe() {
            return "accepting mailer (benchmark)";
        }
    }
}
