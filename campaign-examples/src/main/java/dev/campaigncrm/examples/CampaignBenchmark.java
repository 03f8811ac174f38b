package dev.campaigncrm.examples;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.campaigncrm.Campaign;
import dev.campaigncrm.analysis.LeadAnalyzer;
import dev.campaigncrm.analysis.RuleLeadAnalyzer;
import dev.campaigncrm.compose.CampaignBrief;
import dev.campaigncrm.compose.EmailComposer;
import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.compose.TemplateEmailComposer;
import dev.campaigncrm.mail.SmtpMailer;
import dev.campaigncrm.outcome.Stage;
import dev.campaigncrm.reply.ReplyClassifier;
import dev.campaigncrm.reply.ReplySimulator;
import dev.campaigncrm.reply.RuleReplyClassifier;
import dev.campaigncrm.run.CampaignEvent;
import dev.campaigncrm.run.CampaignResult;
import dev.campaigncrm.send.Mailer;
import dev.campaigncrm.send.SendResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;

/**
 * Benchmark main: generates N leads as a CSV file and runs both phases of the campaign on them with the offline
 * defaults, against an in-process SMTP server, then prints wall time, per-stage throughput and peak heap.
 *
 * <pre>
 * ./mvnw -B -q package -DskipTests
 * java -Xmx512m -cp campaign-examples/target/campaign-examples.jar dev.campaigncrm.examples.CampaignBenchmark 10000 16 4
 * </pre>
 */
public final class CampaignBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

    private CampaignBenchmark() {
    }

    /**
     * Runs the benchmark; the optional arguments are the number of leads (10,000), the leads in flight per stage (16)
     * and the pooled SMTP connections (4).
     */
    public static void main(String[] args) throws IOException {
        int leads = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int connections = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        run(leads, concurrency, connections, System.out);
    }

    static void run(int leads, int concurrency, int connections, PrintStream out) throws IOException {
        Path dir = Files.createTempDirectory("campaign-bench");
        Path csv = dir.resolve("leads.csv");
        LeadFileGenerator.write(csv, leads, 42);
        HeapSampler heap = HeapSampler.start();
        GreenMail smtp = new GreenMail(ServerSetup.SMTP.dynamicPort());
        smtp.start();
        StageClock clock = new StageClock();
        long started = System.nanoTime();
        CampaignResult result;
        int received;
        try (Mailer mailer = clock.timed(SmtpMailer.builder().host("127.0.0.1").port(smtp.getSmtp().getPort())
                .from("Bench <bench@seller.test>").connections(connections).build())) {
            result = Campaign.builder()
                    .leads(csv)
                    .asOf(AS_OF)
                    .seed(42)
                    .analyzer(clock.timed(RuleLeadAnalyzer.defaults()))
                    .composer(clock.timed(TemplateEmailComposer.builder().brief(CampaignBrief.example()).seed(42)
                            .build()))
                    .mailer(mailer)
                    .replies(ReplySimulator.seeded(42))
                    .classifier(clock.timed(RuleReplyClassifier.defaults()))
                    .writeArtifacts(dir)
                    .concurrency(concurrency)
                    .listener(clock::onEvent)
                    .run();
            received = smtp.getReceivedMessages().length;
        } finally {
            smtp.stop();
        }
        double wall = seconds(System.nanoTime() - started);
        long peak = heap.stop();
        out.printf(Locale.ROOT, "leads %d (rejected %d), concurrency %d, SMTP connections %d, %d cores, java %s,"
                + " max heap %d MiB%n", result.outcomes().size(), result.rejected().size(), concurrency, connections,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        out.printf(Locale.ROOT, "sent %d, failed %d, received by the server %d%n", result.sentCount(),
                result.failedCount(), received);
        out.printf(Locale.ROOT, "wall time, both phases: %.2f s (%.0f leads/s end to end)%n", wall,
                result.outcomes().size() / wall);
        out.printf(Locale.ROOT, "phase one %.2f s, phase two %.2f s%n", clock.phaseSeconds(1, started),
                clock.phaseSeconds(2, started));
        out.println("stage      leads   ms/lead inside  leads/s from start to the stage's last lead");
        for (Stage s : new Stage[] {Stage.ANALYZE, Stage.COMPOSE, Stage.SEND, Stage.CLASSIFY}) {
            out.printf(Locale.ROOT, "%-9s %6d %14.3f %14.0f%n", s.label(), clock.count(s), clock.busyMsPerLead(s),
                    clock.throughput(s, started));
        }
        out.printf(Locale.ROOT, "peak heap used (sampled every 10 ms): %d MiB%n", peak >> 20);
        out.println("artifacts: " + dir);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** Per-stage counters: events, busy time inside the stage's component, last completion. */
    private static final class StageClock {
        private final Map<Stage, AtomicLong> count = new EnumMap<>(Stage.class);
        private final Map<Stage, AtomicLong> busy = new EnumMap<>(Stage.class);
        private final Map<Stage, LongAccumulator> last = new EnumMap<>(Stage.class);
        private final long[] phaseEnd = new long[3];

        StageClock() {
            for (Stage s : Stage.values()) {
                count.put(s, new AtomicLong());
                busy.put(s, new AtomicLong());
                last.put(s, new LongAccumulator(Math::max, 0));
            }
        }

        void onEvent(CampaignEvent event) {
            if (event instanceof CampaignEvent.StageDone d) {
                count.get(d.stage()).incrementAndGet();
                last.get(d.stage()).accumulate(System.nanoTime());
            } else if (event instanceof CampaignEvent.PhaseDone p) {
                phaseEnd[p.phase()] = System.nanoTime();
            }
        }

        LeadAnalyzer timed(LeadAnalyzer a) {
            return (lead, asOf) -> time(Stage.ANALYZE, () -> a.analyze(lead, asOf));
        }

        EmailComposer timed(EmailComposer c) {
            return analysis -> time(Stage.COMPOSE, () -> c.compose(analysis));
        }

        ReplyClassifier timed(ReplyClassifier c) {
            return reply -> time(Stage.CLASSIFY, () -> c.classify(reply));
        }

        Mailer timed(Mailer m) {
            return new Mailer() {
                @Override
                public void checkReachable() {
                    m.checkReachable();
                }

                @Override
                public SendResult send(EmailDraft draft) {
                    return time(Stage.SEND, () -> m.send(draft));
                }

                @Override
                public String describe() {
                    return m.describe();
                }

                @Override
                public void close() {
                    m.close();
                }
            };
        }

        private <T> T time(Stage stage, java.util.function.Supplier<T> work) {
            long t0 = System.nanoTime();
            try {
                return work.get();
            } finally {
                busy.get(stage).addAndGet(System.nanoTime() - t0);
            }
        }

        long count(Stage s) {
            return count.get(s).get();
        }

        double busyMsPerLead(Stage s) {
            long n = count(s);
            return n == 0 ? 0 : busy.get(s).get() / 1e6 / n;
        }

        /** Leads per second from the start of the run to the stage's last completion. */
        double throughput(Stage s, long started) {
            long end = last.get(s).get();
            return end <= started ? 0 : count(s) / seconds(end - started);
        }

        double phaseSeconds(int phase, long started) {
            long from = phase == 1 ? started : phaseEnd[1];
            return phaseEnd[phase] == 0 ? 0 : seconds(phaseEnd[phase] - from);
        }
    }

    /** Samples the used heap on a daemon thread and keeps the maximum. */
    static final class HeapSampler implements Runnable {
        private volatile boolean running = true;
        private long peak;
        private final Thread thread = new Thread(this, "heap-sampler");

        static HeapSampler start() {
            HeapSampler s = new HeapSampler();
            s.thread.setDaemon(true);
            s.thread.start();
            return s;
        }

        @Override
        public void run() {
            while (running) {
                long used = ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == MemoryType.HEAP)
                        .mapToLong(p -> p.getUsage().getUsed()).sum();
                synchronized (this) {
                    peak = Math.max(peak, used);
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        synchronized long stop() {
            running = false;
            thread.interrupt();
            return peak;
        }
    }

    /** Writes a file of generated, fictional leads covering every band, persona and a few missing fields. */
    static final class LeadFileGenerator {
        private static final String[] FIRST = {"Priya", "Jonas", "Mia", "Tom", "Lena", "Kenji", "Ana", "Omar",
            "Sofia", "Liam", "Chidi", "Elif", "Mateo", "Aroha", "Ines", "Ravi"};
        private static final String[] LAST = {"Natarajan", "Weber", "Chen", "Okafor", "Fischer", "Sato", "Costa",
            "Haddad", "Rossi", "Byrne", "Eze", "Yilmaz", "Garcia", "Ngata", "Moreau", "Iyer"};
        private static final String[] COMPANY = {"MedCore Health", "Weber Logistik", "Brightpath Analytics",
            "Okafor Bakery", "Fischer Legal", "Sato Manufacturing", "Costa Retail", "Haddad Capital",
            "Rossi Energy", "Byrne Consulting", "Eze Foods", "Yilmaz Cloud", "Garcia Realty", "Ngata Media"};
        private static final String[] INDUSTRY = {"Healthcare", "Logistics", "Software", "", "Legal",
            "Manufacturing", "Retail", "Financial Services", "Energy", "Consulting"};
        private static final String[] TITLE = {"CEO", "Chief Technology Officer", "VP of Operations",
            "Director of IT", "Operations Manager", "Data Analyst", "Owner", "Founder", "Software Engineer",
            "Marketing Specialist", "Head of Finance", ""};
        private static final String[] SIZE = {"1-10", "25", "50-100", "150", "250", "500+", "10,000",
            "1-10 employees", ""};
        private static final String[] CITY = {"Boston, MA", "Berlin, Germany", "Toronto, Canada", "Lagos, Nigeria",
            "Tokyo, Japan", "Pune, India", "São Paulo, Brazil", "Sydney, Australia"};
        private static final String[] NOTES = {"Requested a demo; budget approved", "Interested in pricing",
            "Limited budget this year", "Needs follow-up after the board meeting", "Not interested right now",
            "Met at a trade show", "", "Asked for a proposal"};

        private LeadFileGenerator() {
        }

        static void write(Path file, int n, long seed) throws IOException {
            Random r = new Random(seed);
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write("id,name,email,company,industry,job_title,company_size,location,last_contact,notes\n");
                for (int i = 1; i <= n; i++) {
                    String first = pick(FIRST, r);
                    String last = pick(LAST, r);
                    String company = pick(COMPANY, r);
                    String email = (first + "." + last + "." + i).toLowerCase(Locale.ROOT)
                            + "@" + company.toLowerCase(Locale.ROOT).replace(' ', '-') + ".test";
                    String lastContact = r.nextInt(10) == 0 ? "" : AS_OF.minusDays(r.nextInt(400)).toString();
                    w.write(String.join(",", "L" + i, first + " " + last, email, company, pick(INDUSTRY, r),
                            pick(TITLE, r), quote(pick(SIZE, r)), quote(pick(CITY, r)), lastContact,
                            quote(pick(NOTES, r))));
                    w.write('\n');
                }
            }
        }

        private static String pick(String[] values, Random r) {
            return values[r.nextInt(values.length)];
        }

        private static String quote(String v) {
            return v.contains(",") || v.contains(";") ? '"' + v + '"' : v;
        }
    }
}
