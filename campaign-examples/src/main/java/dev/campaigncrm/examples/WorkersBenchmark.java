package dev.campaigncrm.examples;

import dev.campaigncrm.Campaign;
import dev.campaigncrm.run.CampaignEvent;
import dev.campaigncrm.run.CampaignResult;
import dev.campaigncrm.outcome.Stage;
import dev.campaigncrm.mail.SmtpMailer;
import dev.campaigncrm.mail.Tls;
import dev.campaigncrm.reply.ReplySource;
import dev.campaigncrm.sequence.Sequence;
import dev.campaigncrm.store.CampaignStore;
import dev.campaigncrm.store.jdbc.JdbcCampaignStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Benchmark main for issue 10: the first email of N generated leads sent by 1, 2 and 3 worker JVMs sharing one
 * PostgreSQL store (a fresh database per run), all against one local SMTP sink in this process (it accepts and
 * discards, so that it costs little next to the workers). Prints, per worker count: the messages the sink received,
 * their rate between the first and the last arrival, the wall time from starting the workers to the last one's end, the
 * ratio to one worker, and where the machine's CPU went (the workers' own CPU time, PostgreSQL's processes', this
 * process's — the sink — and the rest of the machine, e.g. other jobs), from {@code /proc} and the JVMs' CPU clocks.
 *
 * <pre>
 * ./mvnw -B -o -q -pl campaign-examples -am package -DskipTests
 * java -Xmx256m -cp campaign-examples/target/campaign-examples.jar dev.campaigncrm.examples.WorkersBenchmark \
 *      3000 8 1,2,3
 * </pre>
 */
public final class WorkersBenchmark {

    private static final LocalDate DAY0 = LocalDate.of(2026, 12, 1);
    private static final String CAMPAIGN = "bench-workers";

    private WorkersBenchmark() {
    }

    /**
     * Runs the benchmark: the optional arguments are the number of leads (3,000), the leads in flight per worker (8)
     * and the worker counts ({@code 1,2,3}). PostgreSQL is reached at {@code PGADMINURL} (default
     * {@code jdbc:postgresql://127.0.0.1:5432/postgres}, user {@code PGUSER} or postgres). With {@code worker} first,
     * runs as one worker: {@code worker CSV STORE_URL USER SMTP_PORT NAME CONCURRENCY}.
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("worker")) {
            worker(args);
            return;
        }
        int leads = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        List<Integer> counts = Stream.of((args.length > 2 ? args[2] : "1,2,3").split(","))
                .map(s -> Integer.parseInt(s.strip())).toList();
        String admin = System.getenv().getOrDefault("PGADMINURL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = System.getenv().getOrDefault("PGUSER", "postgres");
        PrintStream out = System.out;
        Path dir = Files.createTempDirectory("workers-bench");
        Path csv = dir.resolve("leads.csv");
        CampaignBenchmark.LeadFileGenerator.write(csv, leads, 42);
        out.printf(Locale.ROOT, "%d leads (first email), %d in flight per worker, PostgreSQL at %s, SMTP sink in this "
                        + "process, %d cores, java %s%n", leads, concurrency, admin,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        List<Result> results = new ArrayList<>();
        try (SmtpSink sink = new SmtpSink()) {
            run(1, Math.min(leads, 500), concurrency, dir, admin, user, sink, csvOf(dir, Math.min(leads, 500))); // warm-up
            for (int n : counts) {
                Result r = run(n, leads, concurrency, dir, admin, user, sink, csv);
                results.add(r);
                out.println(r.line());
            }
        }
        out.println();
        out.println("| workers | messages | msg/s (first to last arrival) | ratio to 1 worker | wall (start to last exit)"
                + " | machine CPU busy | workers' CPU | PostgreSQL CPU | sink CPU | rest of the machine |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        double base = results.isEmpty() ? 0 : results.get(0).rate();
        for (Result r : results) {
            out.printf(Locale.ROOT, "| %d | %,d | %,.0f | %.2f | %.1f s | %.0f%% of %d cores | %.1f s | %.1f s | %.1f s"
                            + " | %.1f s |%n",
                    r.workers, r.messages, r.rate(), base == 0 ? 0 : r.rate() / base, r.wallNanos / 1e9,
                    100 * r.busyShare, Runtime.getRuntime().availableProcessors(), r.workerCpuNanos / 1e9,
                    r.postgresSeconds, r.sinkCpuNanos / 1e9, r.restCpuSeconds());
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static Path csvOf(Path dir, int leads) throws IOException {
        Path csv = dir.resolve("warm-up.csv");
        CampaignBenchmark.LeadFileGenerator.write(csv, leads, 7);
        return csv;
    }

    /** One run: a fresh database, {@code n} workers started at once, waited for. */
    private static Result run(int n, int leads, int concurrency, Path dir, String admin, String user, SmtpSink sink,
                              Path csv) throws Exception {
        String name = "bench_workers_" + ProcessHandle.current().pid();
        execute(admin, user, "DROP DATABASE IF EXISTS " + name);
        execute(admin, user, "CREATE DATABASE " + name);
        String url = admin.substring(0, admin.lastIndexOf('/') + 1) + name;
        try {
            // the schema first, so that the workers do not all migrate at once
            JdbcCampaignStore.builder().url(url).user(user).build().close();
            sink.reset();
            long[] cpu0 = machineCpu();
            long pg0 = postgresTicks();
            long sinkCpu0 = processCpu();
            long t0 = System.nanoTime();
            List<Process> workers = new ArrayList<>();
            for (int w = 0; w < n; w++) {
                String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
                ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC",
                        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                        WorkersBenchmark.class.getName(), "worker", csv.toString(), url, user,
                        Integer.toString(sink.port()), "w" + w, Integer.toString(concurrency));
                pb.redirectError(ProcessBuilder.Redirect.INHERIT);
                workers.add(pb.start());
            }
            long workerCpu = 0;
            for (Process p : workers) {
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0 || !out.startsWith("DONE")) {
                    throw new IllegalStateException("a worker failed: " + out);
                }
                workerCpu += Long.parseLong(out.substring(out.lastIndexOf(' ') + 1));
            }
            long wall = System.nanoTime() - t0;
            long[] cpu1 = machineCpu();
            long pgTicks = postgresTicks() - pg0;
            long sinkCpu = processCpu() - sinkCpu0;
            double busy = (double) (cpu1[0] - cpu0[0]) / Math.max(1, cpu1[1] - cpu0[1]);
            double machineSeconds = (cpu1[0] - cpu0[0]) / 100.0; // USER_HZ ticks
            if (sink.count() != leads) {
                throw new IllegalStateException("the sink received " + sink.count() + " messages, not " + leads);
            }
            return new Result(n, sink.count(), sink.spanNanos(), wall, busy, machineSeconds, workerCpu, sinkCpu,
                    pgTicks / 100.0);
        } finally {
            execute(admin, user, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    /** One worker JVM: advances the campaign once; prints {@code DONE sent N cpuNanos C}. */
    private static void worker(String[] args) {
        Path csv = Path.of(args[1]);
        String url = args[2];
        String user = args[3];
        int port = Integer.parseInt(args[4]);
        String name = args[5];
        int concurrency = Integer.parseInt(args[6]);
        Clock clock = Clock.fixed(DAY0.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        AtomicInteger sent = new AtomicInteger();
        try (CampaignStore store = JdbcCampaignStore.builder().url(url).user(user).build();
             SmtpMailer smtp = SmtpMailer.builder().host("127.0.0.1").port(port).tls(Tls.NONE)
                     .from("Bench <bench@seller.test>").campaignId(CAMPAIGN).clock(clock).connections(concurrency)
                     .build()) {
            CampaignResult r = Campaign.builder().campaignId(CAMPAIGN).leads(csv).asOf(DAY0).clock(clock)
                    .store(store).sequence(Sequence.firstEmail()).mailer(smtp).replies(ReplySource.none())
                    .worker(name).lease(Duration.ofSeconds(60)).concurrency(concurrency)
                    .listener(e -> {
                        if (e instanceof CampaignEvent.StageDone d && d.stage() == Stage.SEND) {
                            sent.incrementAndGet();
                        }
                    }).advance();
            if (r.outcomes().isEmpty()) {
                throw new IllegalStateException("no leads in the result");
            }
        }
        System.out.println("DONE sent " + sent.get() + " cpuNanos " + processCpu());
    }

    /** This JVM's CPU time so far, in nanoseconds. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The machine's busy and total CPU ticks from {@code /proc/stat} (zeros where there is none). */
    private static long[] machineCpu() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]); // idle + iowait
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    /**
     * The CPU ticks of every {@code postgres} process on this machine, its own and its reaped children's (a backend
     * that exited counts in the postmaster's), from {@code /proc}; 0 where there is none.
     */
    private static long postgresTicks() {
        long sum = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    int close = stat.lastIndexOf(')');
                    if (!stat.substring(stat.indexOf('(') + 1, close).equals("postgres")) {
                        continue;
                    }
                    String[] f = stat.substring(close + 2).split(" ");
                    // fields 14-17 of stat (utime, stime, cutime, cstime) are 11-14 after the command
                    sum += Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13])
                            + Long.parseLong(f[14]);
                } catch (IOException | RuntimeException e) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return sum;
    }

    private static void execute(String url, String user, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** One worker count's figures. */
    private record Result(int workers, int messages, long spanNanos, long wallNanos, double busyShare,
                          double machineCpuSeconds, long workerCpuNanos, long sinkCpuNanos, double postgresSeconds) {

        double rate() {
            return spanNanos <= 0 ? 0 : messages / (spanNanos / 1e9);
        }

        double restCpuSeconds() {
            return Math.max(0, machineCpuSeconds - workerCpuNanos / 1e9 - sinkCpuNanos / 1e9 - postgresSeconds);
        }

        String line() {
            return String.format(Locale.ROOT, "%d worker(s): %,d messages, %,.0f msg/s, wall %.1f s, machine CPU %.0f%%",
                    workers, messages, rate(), wallNanos / 1e9, 100 * busyShare);
        }
    }

    /** A minimal SMTP server on loopback that accepts every message and keeps only its count and arrival times. */
    private static final class SmtpSink implements AutoCloseable {

        private final ServerSocket server;
        private final AtomicInteger count = new AtomicInteger();
        private final AtomicLong first = new AtomicLong(Long.MAX_VALUE);
        private final AtomicLong last = new AtomicLong();

        SmtpSink() throws IOException {
            server = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
            Thread t = new Thread(this::acceptLoop, "smtp-sink");
            t.setDaemon(true);
            t.start();
        }

        int port() {
            return server.getLocalPort();
        }

        void reset() {
            count.set(0);
            first.set(Long.MAX_VALUE);
            last.set(0);
        }

        int count() {
            return count.get();
        }

        long spanNanos() {
            return last.get() - first.get();
        }

        private void acceptLoop() {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    Thread t = new Thread(() -> serve(s), "smtp-sink-session");
                    t.setDaemon(true);
                    t.start();
                } catch (IOException e) {
                    return;
                }
            }
        }

        private void serve(Socket s) {
            try (s; BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(),
                    StandardCharsets.ISO_8859_1)); OutputStream out = s.getOutputStream()) {
                reply(out, "220 sink ESMTP");
                String line;
                while ((line = in.readLine()) != null) {
                    String verb = line.length() < 4 ? line : line.substring(0, 4).toUpperCase(Locale.ROOT);
                    switch (verb) {
                        case "DATA" -> {
                            reply(out, "354 go ahead");
                            while ((line = in.readLine()) != null && !line.equals(".")) {
                                // discarded
                            }
                            long now = System.nanoTime();
                            first.accumulateAndGet(now, Math::min);
                            last.accumulateAndGet(now, Math::max);
                            count.incrementAndGet();
                            reply(out, "250 queued");
                        }
                        case "QUIT" -> {
                            reply(out, "221 bye");
                            return;
                        }
                        default -> reply(out, "250 ok");
                    }
                }
            } catch (IOException e) {
                // the client went away
            }
        }

        private static void reply(OutputStream out, String text) throws IOException {
            out.write((text + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
