package dev.campaigncrm.examples;

import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/**
 * The options of the campaign itself: its leads, where it writes, its day, id, mail server, seed, phase and pace, the
 * simulated reply rate and the A/B variants.
 */
final class CampaignOptions {

    @Option(names = "--leads", paramLabel = "FILE|sheets://ID/TAB", order = 10, converter = Converters.Leads.class,
            description = "Lead CSV (default dataset/leads.csv), or a Google Sheets tab: sheets://SPREADSHEET_ID/TAB "
                    + "(GOOGLE_APPLICATION_CREDENTIALS or SHEETS_API_KEY; see docs/sheets.md).")
    String leads = Path.of("dataset", "leads.csv").toString();

    @Option(names = "--workdir", paramLabel = "DIR", order = 11,
            description = "Where output/ and report/ are written (default .).")
    Path workdir = Path.of(".");

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", order = 12, converter = Converters.Date.class,
            description = "Day recency is measured from (default today).")
    LocalDate asOf = LocalDate.now();

    @Option(names = "--campaign-id", paramLabel = "ID", order = 13, converter = Converters.CampaignId.class,
            description = "The campaign's id in Message-IDs and the send journal (default campaign-AS_OF, then the "
                    + "one kept in WORKDIR/output/campaign_id.txt): the same command with the same id resumes and "
                    + "mails no lead twice.")
    String campaignId;

    @Option(names = "--smtp", paramLabel = "HOST:PORT", order = 14, converter = Converters.HostPort.class,
            description = "SMTP server (default SMTP_HOST/SMTP_PORT, else localhost:1025, else an embedded server "
                    + "started for the run).")
    String smtp;

    @Option(names = "--seed", paramLabel = "N", order = 15, converter = Converters.WholeNumber.class,
            description = "Seed of the email wording and the simulated replies (default 42).")
    long seed = 42;

    @Option(names = "--phase", paramLabel = "1|2|both", order = 16, converter = Converters.Phase.class,
            description = "Phase one (analyse, write, send), phase two (replies, report) or both (default). Not "
                    + "with --follow-ups or --store.")
    int phase;

    @Option(names = "--concurrency", paramLabel = "N", order = 17, converter = Converters.AtLeastOne.class,
            description = "Fixes the leads in flight per stage, at least 1. Default: the model's steps follow its cap "
                    + "and measured latency (2 to 128 leads), the other stages 8.")
    int concurrency;

    @Option(names = "--sheets-write-back", order = 18,
            description = "With --leads sheets://ID/TAB: write one row per lead (score, persona, status, reply "
                    + "class) to the spreadsheet's campaign_results tab, created when missing.")
    boolean sheetsWriteBack;

    @Option(names = "--reply-rate", paramLabel = "SHARE", order = 19, converter = Converters.Share.class,
            description = "Simulated replies: the share of first emails a person answers, for a lead scored 50 "
                    + "(0.3x at score 0, 1.7x at 100), e.g. 0.08 or 8%% (default 5%%, after published cold-email "
                    + "figures; see docs/simulation.md).")
    Double replyRate;

    @Option(names = "--variants", paramLabel = "N", order = 20, converter = Converters.Variants.class,
            description = "A/B test N variants of the first email (subject and opening), 1 to 4; each lead gets one "
                    + "by a hash of campaign and lead, and the report compares them (default 1: no test).")
    int variants = 1;
}
