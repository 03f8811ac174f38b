package dev.campaigncrm.examples;

import dev.campaigncrm.Campaign;
import dev.campaigncrm.run.CampaignEvent;
import dev.campaigncrm.run.CampaignResult;
import dev.campaigncrm.reply.ReplySimulator;
import dev.campaigncrm.report.CampaignStats;
import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.send.Mailer;
import dev.campaigncrm.send.SendResult;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Benchmark main: how the heap a campaign needs grows with the number of leads. Writes N generated, fictional leads to
 * a CSV file ({@code CampaignBenchmark}'s generator, seed 42, streamed to the file), then runs phase one on it
 * (offline analysis and drafts, a mailer that accepts everything without a network, every artifact written to a
 * temporary directory), or with the mode {@code both} both phases (replies from the seeded {@link ReplySimulator},
 * seed 42, classified by the offline rules, the report and phase two's files written too), and prints leads per second and two peaks of the heap: the live heap, left by a full garbage
 * collection ({@code System.gc()}, as the collector reports it) every {@code gc-every} ms and once at the end, and the
 * used heap (garbage included) sampled every 10 ms. Run it for 100,000 and 1,000,000 leads at the same {@code -Xmx}
 * and compare.
 *
 * <pre>
 * ./mvnw -B -q -o package -DskipTests -Dmaven.javadoc.skip=true
 * taskset -c 0,1 java -XX:ActiveProcessorCount=2 -Xmx256m -cp campaign-examples/target/campaign-examples.jar \
 *     dev.campaigncrm.examples.MemoryBenchmark 1000000 16 1000 both  # leads, in flight per stage, gc-every ms, mode
 * </pre>
 */
public final class MemoryBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

    private MemoryBenchmark() {
    }

    /**
     * Runs the benchmark; the optional arguments are the number of leads (100,000), the leads in flight per stage
     * (16), the milliseconds between two live-heap measurements (1,000) and the mode: {@code phase-one} (the
     * default) or {@code both}.
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        int leads = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        long gcEvery = args.length > 2 ? Long.parseLong(args[2]) : 1_000;
        String mode = args.length > 3 ? args[3] : "phase-one";
        if (leads < 1 || concurrency < 1 || gcEvery < 10 || !(mode.equals("phase-one") || mode.equals("both"))) {
            throw new IllegalArgumentException("usage: MemoryBenchmark [leads >= 1] [concurrency >= 1] [gc-every ms"
                    + " >= 10] [phase-one|both]");
        }
        run(leads, concurrency, gcEvery, mode.equals("both"), System.out);
    }

    static void run(int leads, int concurrency, long gcEvery, boolean bothPhases, PrintStream out)
            throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("memory-bench");
        try {
            Path csv = dir.resolve("leads.csv");
            CampaignBenchmark.LeadFileGenerator.write(csv, leads, 42);
            LiveHeap live = LiveHeap.start(gcEvery);
            CampaignBenchmark.HeapSampler used = CampaignBenchmark.HeapSampler.start();
            long started = System.nanoTime();
            long sent;
            long failed;
            int outcomes;
            int rejected;
            long[] phaseOneDone = {0};
            String replies = "";
            Campaign campaign = Campaign.builder().leads(csv).asOf(AS_OF).seed(42)
                    .mailer(new AcceptingMailer()).writeArtifacts(dir.resolve("artifacts"))
                    .replies(ReplySimulator.seeded(42)).concurrency(concurrency)
                    .listener(e -> {
                        if (e instanceof CampaignEvent.PhaseDone p && p.phase() == 1) {
                            phaseOneDone[0] = System.nanoTime();
                        }
                    }).build();
            try (CampaignResult result = bothPhases ? campaign.run() : campaign.runPhaseOne()) {
                sent = result.sentCount();
                failed = result.failedCount();
                outcomes = result.outcomes().size();
                rejected = result.rejected().size();
                if (result.report() != null) {
                    CampaignStats stats = result.report().stats();
                    replies = String.format(Locale.ROOT, "; replies: %d human, %d automatic, %d interested, %d "
                            + "without reply", stats.humanReplies(), stats.autoReplies(), stats.interested(),
                            stats.noReply());
                }
            }
            double wall = (System.nanoTime() - started) / 1e9;
            long peakUsed = used.stop();
            long peakLive = live.stop();
            long artifactBytes = size(dir.resolve("artifacts"));
            out.printf(Locale.ROOT, "leads %d (rejected %d), concurrency %d, %d cores, java %s, max heap %d MiB%n",
                    outcomes, rejected, concurrency, Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
            if (bothPhases) {
                double one = (phaseOneDone[0] - started) / 1e9;
                out.printf(Locale.ROOT, "both phases (analyse, write, no-op send; simulated replies, classify, report;"
                        + " artifacts written): %.1f s, %.0f leads/s (phase one %.1f s, phase two %.1f s); sent %d,"
                        + " failed %d%s%n", wall, outcomes / wall, one, wall - one, sent, failed, replies);
            } else {
                out.printf(Locale.ROOT, "phase one (analyse, write, no-op send, artifacts written): %.1f s, %.0f "
                        + "leads/s; sent %d, failed %d%n", wall, outcomes / wall, sent, failed);
            }
            out.printf(Locale.ROOT, "peak live heap (after a full GC every %d ms and at the end, %d measurements):"
                    + " %.1f MiB%n",
                    gcEvery, live.samples(), peakLive / 1048576.0);
            out.printf(Locale.ROOT, "peak used heap, garbage included (sampled every 10 ms): %.1f MiB%n",
                    peakUsed / 1048576.0);
            out.printf(Locale.ROOT, "artifacts written: %.1f MiB%n", artifactBytes / 1048576.0);
        } finally {
            delete(dir);
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Runs a full collection every so often on a daemon thread and keeps the largest heap left after one. */
    private static final class LiveHeap implements Runnable {
        private final long every;
        private final Thread thread = new Thread(this, "live-heap");
        private volatile boolean running = true;
        private long peak;
        private int samples;

        private LiveHeap(long every) {
            this.every = every;
        }

        static LiveHeap start(long everyMs) {
            LiveHeap h = new LiveHeap(everyMs);
            h.thread.setDaemon(true);
            h.thread.start();
            return h;
        }

        @Override
        public void run() {
            while (running) {
                try {
                    Thread.sleep(every);
                } catch (InterruptedException e) {
                    return;
                }
                sample();
            }
        }

        /**
         * Runs a full collection and takes the heap it left, as the collector itself measured it at the end of its
         * pause ({@code GcInfo.getMemoryUsageAfterGc()}, heap pools only): reading the heap afterwards would also
         * count what the other threads allocated since, mostly fresh allocation buffers.
         */
        private synchronized void sample() {
            System.gc();
            GcInfo last = null;
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                GcInfo info = gc instanceof com.sun.management.GarbageCollectorMXBean sun ? sun.getLastGcInfo() : null;
                if (info != null && (last == null || info.getEndTime() > last.getEndTime())) {
                    last = info;
                }
            }
            if (last == null) {
                throw new IllegalStateException("this JVM does not report the heap after a collection");
            }
            long live = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                MemoryUsage after = pool.getType() == MemoryType.HEAP ? last.getMemoryUsageAfterGc().get(pool.getName())
                        : null;
                live += after == null ? 0 : after.getUsed();
            }
            peak = Math.max(peak, live);
            samples++;
        }

        long stop() throws InterruptedException {
            running = false;
            thread.interrupt();
            thread.join();
            sample();
            synchronized (this) {
                return peak;
            }
        }

        synchronized int samples() {
            return samples;
        }
    }

    /** Accepts every draft at once, without a network: the campaign's own memory is what is measured. */
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
