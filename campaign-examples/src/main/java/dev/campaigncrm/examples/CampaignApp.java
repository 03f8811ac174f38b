package dev.campaigncrm.examples;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.campaigncrm.Campaign;
import dev.campaigncrm.compose.CampaignBrief;
import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.mail.SmtpMailer;
import dev.campaigncrm.mail.compliance.FileSuppressionList;
import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.reply.ReplySimulator;
import dev.campaigncrm.run.CampaignException;
import dev.campaigncrm.run.CampaignResult;
import dev.campaigncrm.sheets.SheetsException;
import dev.campaigncrm.sheets.SheetsLeadSource;
import dev.campaigncrm.sheets.SheetsResultWriter;
import dev.campaigncrm.sheets.WriteBack;
import dev.campaigncrm.store.CampaignStore;
import dev.campaigncrm.store.jdbc.JdbcCampaignStore;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The bundled example: runs the seed's campaign on {@code dataset/leads.csv}, writing {@code output/} and
 * {@code report/}, against MailHog, any SMTP server, or an embedded one it starts when none is running. Sending
 * takes the production path (suppression list, send journal, throttle, SMTP), so the same command run again
 * resumes without mailing anyone twice; phase two reads its replies over IMAP (a real mailbox, or simulated
 * replies delivered to an embedded one).
 */
public final class CampaignApp {

    private final PrintStream out;
    private final Map<String, String> env;

    CampaignApp(PrintStream out, Map<String, String> env) {
        this.out = out;
        this.env = env;
    }

    /** Runs the command line and exits with 0 on success, 1 on a campaign error, 2 on a usage error. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv()));
    }

    /** Runs the command line with the given streams and environment; returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        CampaignApp app = new CampaignApp(out, env);
        return ExampleCli.create(app::campaign, out, err).execute(args);
    }

    private void campaign(AppOptions o) {
        GreenMail embedded = null;
        Map<String, String> smtpEnv = new HashMap<>(env);
        if (o.smtp() != null) {
            int colon = o.smtp().lastIndexOf(':');
            smtpEnv.put("SMTP_HOST", o.smtp().substring(0, colon));
            smtpEnv.put("SMTP_PORT", o.smtp().substring(colon + 1));
        } else if (blank(env.get("SMTP_HOST")) && blank(env.get("SMTP_PRESET")) && o.phase() != 2
                && !listening("localhost", 1025)) {
            embedded = new GreenMail(ServerSetup.SMTP.dynamicPort());
            embedded.start();
            smtpEnv.put("SMTP_HOST", "127.0.0.1");
            smtpEnv.put("SMTP_PORT", String.valueOf(embedded.getSmtp().getPort()));
            out.println("Nothing listens on localhost:1025 and no --smtp, SMTP_HOST or SMTP_PRESET was given: "
                    + "started an embedded "
                    + "SMTP server (GreenMail) on 127.0.0.1:" + embedded.getSmtp().getPort()
                    + " for this run. Its mail is discarded at exit; start MailHog to inspect messages.");
        }
        String campaignId = CampaignIds.resolve(o);
        FileSuppressionList suppressions = suppressions(o);
        int suppressedBefore = suppressions.size();
        // A sequence's send times fall on its as-of day, so that replies and follow-ups are dated from it.
        Clock clock = o.sequenceMode() ? Campaign.systemClockOn(o.asOf()) : Clock.systemUTC();
        ReplySimulator simulator = ReplySimulator.seeded(o.seed()).withMix(o.replyMix());
        if (o.steps().steps() > 1) {
            simulator = simulator.forSequenceOf(o.steps().steps());
        }
        try (CampaignStore store = o.sequenceMode() ? store(o) : null;
             SmtpMailer smtp = SendingSetup.smtp(smtpEnv, campaignId, o.mail(), clock);
             SendingSetup sending = o.phase() == 2 ? null : store != null
                     ? SendingSetup.open(smtp, campaignId, o, suppressions, env, store)
                     : SendingSetup.open(smtp, campaignId, o, suppressions, env);
             ReplyMailbox mailbox = o.phase() == 1 ? null : ReplyMailbox.open(o.mail().imap(), env,
                     replyAddress(o, smtp), simulator, o.sequenceMode() ? clock : null, suppressions)) {
            AiSetup ai = ai(o, store == null ? Optional.empty()
                    : Optional.of(new AiSetup.SharedRpm(store.sendSlots(), campaignId)));
            ProgressPrinter progress = new ProgressPrinter(out);
            out.println("AI: " + ai.describe());
            CallEstimate.of(o, ai).ifPresent(estimate -> estimate.lines().forEach(out::println));
            Campaign.Builder builder = Campaign.builder()
                    .campaignId(campaignId)
                    .asOf(o.asOf())
                    .seed(o.seed())
                    .variants(o.variants())
                    .analyzer(ai.analyzer())
                    .composer(ai.composer(CampaignBrief.example(), o.seed()))
                    .classifier(ai.classifier())
                    .reportWriter(ai.reportWriter())
                    .writeArtifacts(o.workdir())
                    .listener(progress);
            if (o.concurrency() > 0) {
                builder.concurrency(o.concurrency());
            }
            if (o.sheet() != null) {
                builder.leads(SheetsLeadSource.fromUri(o.sheet(), env));
            } else {
                builder.leads(o.leads());
            }
            if (store != null) {
                String worker = workerId(env);
                builder.store(store).sequence(o.steps()).clock(clock).worker(worker).lease(o.lease());
                out.println("Sequence: emails on days " + o.steps().describe() + " after the first; state in "
                        + store.describe() + ". Replies are read first, then what is due by " + o.asOf()
                        + " is sent.");
                out.println("Worker " + worker + ": shares the leads and due steps with any other worker on this "
                        + "store (leases of " + o.lease().toMillis() / 1000.0 + " s); the last to finish writes the "
                        + "report from the store.");
            }
            if (sending != null) {
                builder.mailer(sending.mailer());
                out.println("Campaign " + campaignId + " on " + o.leadsName() + " as of " + o.asOf() + ", mail to "
                        + sending.mailer().describe());
                if (store == null && !sending.sentEarlier().isEmpty()) {
                    out.println("Resuming: an earlier run of " + campaignId + " already sent "
                            + sending.sentEarlier().size() + " leads (" + sending.journal()
                            + "); they are not sent again.");
                }
            } else {
                out.println("Campaign " + campaignId + ": phase two from the files in " + o.workdir());
            }
            if (mailbox != null) {
                builder.replies(mailbox.source());
                out.println("Phase two: " + mailbox.note() + ".");
            }
            Campaign campaign = builder.build();
            CampaignResult result = switch (o.phase()) {
                case 1 -> campaign.runPhaseOne();
                case 2 -> campaign.runPhaseTwo();
                default -> campaign.run();
            };
            summary(result, o, sending, mailbox, suppressions, suppressedBefore, progress.sent());
            if (o.writeBack()) {
                writeBack(o, result);
            }
            if (embedded != null) {
                out.println("The embedded SMTP server received " + embedded.getReceivedMessages().length
                        + " messages.");
            }
        } finally {
            if (embedded != null) {
                embedded.stop();
            }
        }
    }

    /** {@code --sheets-write-back}: the results as one batch to the spreadsheet's results tab. */
    private void writeBack(AppOptions o, CampaignResult result) {
        try {
            WriteBack w = SheetsResultWriter.fromUri(o.sheet(), env).write(result);
            out.println("Results written to " + w.sheet() + (w.tabCreated() ? " (tab created)" : "") + ": " + w.rows()
                    + " rows");
        } catch (SheetsException e) {
            throw new CampaignException("The results could not be written to the sheet: " + e.getMessage(), e);
        }
    }

    /** This worker's id: the host's name (HOSTNAME, e.g. a container's) and the process id. */
    private static String workerId(Map<String, String> env) {
        String host = env.getOrDefault("HOSTNAME", "").strip();
        return (host.isEmpty() ? "worker" : host) + "-" + ProcessHandle.current().pid();
    }

    /** The campaign database of a sequence: {@code --store}, else the SQLite file under the working directory. */
    private CampaignStore store(AppOptions o) {
        try {
            return JdbcCampaignStore.open(o.storeUrl(), env);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CampaignException("Cannot open the campaign store: " + e.getMessage(), e);
        }
    }

    /** The do-not-contact list: {@code --suppression-file}, else {@code WORKDIR/output/suppression.csv}. */
    private static FileSuppressionList suppressions(AppOptions o) {
        Path file = o.mail().suppressionFile() != null ? o.mail().suppressionFile()
                : o.workdir().resolve("output").resolve("suppression.csv");
        try {
            return FileSuppressionList.open(file);
        } catch (IllegalArgumentException e) {
            throw new CampaignException(e.getMessage(), e);
        }
    }

    /** Replies go to the Reply-To address when one is set, else to the sender. */
    private static String replyAddress(AppOptions o, SmtpMailer smtp) {
        if (o.mail().replyTo() == null) {
            return smtp.sender();
        }
        try {
            return new InternetAddress(o.mail().replyTo(), true).getAddress();
        } catch (AddressException e) {
            throw new CampaignException("--reply-to must be one address such as 'Alex <alex@example.com>'", e);
        }
    }

    /** The models; with a campaign store, their requests a minute hold for all the campaign's workers together. */
    private AiSetup ai(AppOptions o, Optional<AiSetup.SharedRpm> shared) {
        try {
            return AiSetup.of(o.ai(), env, o.workdir(), shared);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CampaignException(e.getMessage(), e);
        }
    }

    private void summary(CampaignResult r, AppOptions o, SendingSetup sending, ReplyMailbox mailbox,
                         FileSuppressionList suppressions, int suppressedBefore, int sentNow) {
        out.println();
        out.println("Summary");
        if (o.sequenceMode()) {
            RunSummary.sequence(r, sentNow, o.asOf()).forEach(l -> out.println("  " + l));
        } else {
            RunSummary.sending(r, sending == null ? null : sending.sentEarlier()).forEach(l -> out.println("  " + l));
        }
        if (r.report() != null) {
            RunSummary.replies(r, mailbox == null ? null : mailbox.lastRun()).forEach(l -> out.println("  " + l));
        }
        int added = suppressions.size() - suppressedBefore;
        out.printf("  suppression list %s: %d addresses%s%n", suppressions.file(), suppressions.size(),
                mailbox == null ? "" : " (" + added + " added by this run: " + mailbox.suppressedHardBounces()
                        + " hard " + (mailbox.suppressedHardBounces() == 1 ? "bounce" : "bounces") + ", "
                        + mailbox.suppressedUnsubscribes() + " "
                        + (mailbox.suppressedUnsubscribes() == 1 ? "unsubscribe" : "unsubscribes") + ")");
        out.println("  produced by: " + ProducedBy.of(r));
        if (o.phase() != 2) {
            out.println();
            out.println("Two sample emails");
            try (java.util.stream.Stream<LeadOutcome> s = r.outcomes().stream()) {
                s.map(LeadOutcome::draft).filter(Objects::nonNull).limit(2).forEach(this::printDraft);
            }
        }
        if (r.artifacts() != null) {
            Path report = r.artifacts().resolve("report").toAbsolutePath().normalize();
            out.println("Artifacts: " + r.artifacts().resolve("output").toAbsolutePath().normalize() + " and "
                    + report);
            if (r.report() != null) {
                out.println("Report: " + report.resolve("campaign_report.md")
                        + (r.report().html().isEmpty() ? "" : " and " + report.resolve("campaign_report.html")));
            }
        }
    }

    private void printDraft(EmailDraft d) {
        out.println("----------------------------------------------------------------------");
        out.println("To: " + d.recipientName() + " <" + d.to() + ">   [" + d.tone().label() + ", "
                + d.urgency().label() + "]");
        out.println("Subject: " + d.subject());
        out.println();
        out.println(d.body());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean listening(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
