package dev.campaigncrm.examples;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.campaigncrm.Campaign;
import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.mail.SmtpMailer;
import dev.campaigncrm.reply.ReplySource;
import dev.campaigncrm.run.CampaignResult;
import dev.campaigncrm.send.Mailer;
import dev.campaigncrm.send.SendResult;
import dev.campaigncrm.send.journal.JournalRecord;
import dev.campaigncrm.send.journal.JournaledMailer;
import dev.campaigncrm.send.journal.SendJournal;
import dev.campaigncrm.send.journal.SendLedger;
import dev.campaigncrm.sequence.LeadProgress;
import dev.campaigncrm.sequence.Sequence;
import dev.campaigncrm.sequence.SequenceMessage;
import dev.campaigncrm.store.CampaignStore;
import dev.campaigncrm.store.StoredLead;
import dev.campaigncrm.store.StoredReply;
import dev.campaigncrm.store.WorkLeases;
import dev.campaigncrm.store.jdbc.JdbcCampaignStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Benchmark main: a 3-step sequence (follow-ups 3 and 7 days after the first email) over N generated leads, one run per
 * simulated day (days 0, 3 and 7, a fixed clock each), on the in-memory store, SQLite and PostgreSQL, against today's
 * one-shot path with the file send journal (step 1 only); prints each step's wall time and messages per second, the
 * time threads spent in each kind of store call, the store's size and the peak heap.
 *
 * <pre>
 * ./mvnw -B -o -q -pl campaign-examples -am package -DskipTests
 * java -Xmx512m -cp campaign-examples/target/campaign-examples.jar dev.campaigncrm.examples.SequenceBenchmark \
 *      10000 16 journal,memory,sqlite,postgres inprocess
 * </pre>
 */
public final class SequenceBenchmark {

    private static final LocalDate DAY0 = LocalDate.of(2026, 11, 2);
    private static final int[] DAYS = {0, 3, 7};
    private static final String SENDER_DOMAIN = "seller.test";
    private static final List<String> CALLS = List.of("ledger.append", "ledger.latest", "saveMessage", "addLead",
            "saveProgress", "messages()", "leads()", "other reads");

    private SequenceBenchmark() {
    }

    /**
     * Runs the benchmark; the optional arguments are the number of leads (10,000), the leads in flight per stage (16),
     * the backends ({@code journal,memory,sqlite,postgres}) and the mailer ({@code inprocess}: no network;
     * {@code smtp}: GreenMail over loopback). PostgreSQL is reached at {@code PGADMINURL} (default
     * {@code jdbc:postgresql://127.0.0.1:5432/postgres}, user {@code PGUSER} or postgres), where a fresh database is
     * created for the run and dropped after it.
     */
    public static void main(String[] args) throws Exception {
        int leads = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        List<String> backends = List.of((args.length > 2 ? args[2] : "journal,memory,sqlite,postgres").split(","));
        String mode = args.length > 3 ? args[3] : "inprocess";
        if (!mode.equals("inprocess") && !mode.equals("smtp")) {
            throw new IllegalArgumentException("the mailer is inprocess or smtp, not " + mode);
        }
        boolean smtp = mode.equals("smtp");
        PrintStream out = System.out;
        Path dir = Files.createTempDirectory("sequence-bench");
        Path csv = dir.resolve("leads.csv");
        CampaignBenchmark.LeadFileGenerator.write(csv, leads, 42);
        Path warmCsv = dir.resolve("warm-up.csv");
        CampaignBenchmark.LeadFileGenerator.write(warmCsv, Math.min(leads, 2_000), 7);
        out.printf(Locale.ROOT, "%d leads, concurrency %d, mailer %s, replies none, %d cores, java %s, max heap %d MiB%n",
                leads, concurrency, smtp ? "SMTP to in-process GreenMail" : "in-process (no network)",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        out.printf(Locale.ROOT, "fsync probe before: %.2f ms per forced 100-byte append (median of 200)%n",
                fsyncMillis(dir.resolve("probe.log")));
        runBackend("memory", warmCsv, dir.resolve("warm-up"), concurrency, smtp); // warm-up, not printed
        List<Run> runs = new ArrayList<>();
        for (String backend : backends) {
            System.gc();
            Run r = runBackend(backend.strip(), csv, dir.resolve(backend.strip()), concurrency, smtp);
            runs.add(r);
            out.println(r.summaryLine());
        }
        out.printf(Locale.ROOT, "fsync probe after: %.2f ms per forced 100-byte append (median of 200)%n",
                fsyncMillis(dir.resolve("probe.log")));
        print(runs, out);
        deleteTree(dir);
    }

    /** Deletes the benchmark's temporary folder (the CSV files, the journal, the SQLite database). */
    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The median time of appending 100 bytes to a file and forcing it to disk, as the file journal does, in ms. */
    private static double fsyncMillis(Path file) throws IOException {
        long[] t = new long[200];
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            for (int i = 0; i < t.length; i++) {
                long t0 = System.nanoTime();
                ch.write(ByteBuffer.wrap(new byte[100]));
                ch.force(false);
                t[i] = System.nanoTime() - t0;
            }
        }
        Files.delete(file);
        Arrays.sort(t);
        return t[t.length / 2] / 1e6;
    }

    /** One backend's three days (or its one run, for the file journal). */
    private static Run runBackend(String backend, Path csv, Path dir, int concurrency, boolean smtp)
            throws IOException, SQLException {
        Files.createDirectories(dir);
        String campaignId = "bench-" + backend;
        CampaignBenchmark.HeapSampler heap = CampaignBenchmark.HeapSampler.start();
        GreenMail mail = smtp ? new GreenMail(ServerSetup.SMTP.dynamicPort()) : null;
        if (mail != null) {
            mail.start();
        }
        Run run = new Run(backend);
        try {
            switch (backend) {
                case "journal" -> {
                    Path journal = dir.resolve("send-journal.log");
                    Clock clock = clockOn(DAY0);
                    CountingMailer mailer = new CountingMailer(mailerFor(mail, campaignId, clock), clock,
                            campaignId);
                    CallTimes times = new CallTimes();
                    long t0 = System.nanoTime();
                    // today's one-shot path: the mailer journaled in a file (one fsync per intent and outcome)
                    try (SendJournal file = SendJournal.open(journal);
                         JournaledMailer journaled = JournaledMailer.builder(mailer, new TimedLedger(file, times),
                                 campaignId).clock(clock).build()) {
                        Campaign.builder().campaignId(campaignId).leads(csv).asOf(DAY0).clock(clock)
                                .mailer(journaled).replies(ReplySource.none()).concurrency(concurrency).run();
                    }
                    run.days.add(new Day(0, 1, mailer.sent.get(), System.nanoTime() - t0, mailer.firstAt() - t0, mailer.span(),
                            times));
                    run.bytes = Files.size(journal);
                }
                case "memory" -> {
                    CampaignStore store = CampaignStore.inMemory();
                    runDays(run, () -> store, s -> { }, csv, campaignId, concurrency, mail);
                }
                case "sqlite" -> {
                    Path db = dir.resolve("campaign.db");
                    runDays(run, () -> JdbcCampaignStore.sqlite(db), CampaignStore::close, csv, campaignId,
                            concurrency, mail);
                    run.bytes = sizeOf(dir, "campaign.db");
                }
                case "postgres" -> {
                    String admin = System.getenv().getOrDefault("PGADMINURL",
                            "jdbc:postgresql://127.0.0.1:5432/postgres");
                    String user = System.getenv().getOrDefault("PGUSER", "postgres");
                    String name = "bench_seq_" + ProcessHandle.current().pid();
                    execute(admin, user, "DROP DATABASE IF EXISTS " + name);
                    execute(admin, user, "CREATE DATABASE " + name);
                    String url = admin.substring(0, admin.lastIndexOf('/') + 1) + name;
                    try {
                        runDays(run, () -> JdbcCampaignStore.builder().url(url).user(user).build(),
                                CampaignStore::close, csv, campaignId, concurrency, mail);
                        run.bytes = databaseSize(admin, user, name);
                    } finally {
                        execute(admin, user, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                    }
                }
                default -> throw new IllegalArgumentException("unknown backend " + backend
                        + " (journal, memory, sqlite, postgres)");
            }
        } finally {
            run.peakHeap = heap.stop();
            if (mail != null) {
                mail.stop();
            }
        }
        return run;
    }

    /** Advances the sequence on days 0, 3 and 7, a store opened (and closed) for each day's run as a cron job would. */
    private static void runDays(Run run, Supplier<CampaignStore> open, java.util.function.Consumer<CampaignStore> close,
                                Path csv, String campaignId, int concurrency, GreenMail mail) {
        for (int i = 0; i < DAYS.length; i++) {
            LocalDate day = DAY0.plusDays(DAYS[i]);
            Clock clock = clockOn(day);
            CampaignStore store = open.get();
            CallTimes times = new CallTimes();
            CountingMailer mailer = new CountingMailer(mailerFor(mail, campaignId, clock), clock, campaignId);
            try {
                long t0 = System.nanoTime();
                CampaignResult r = Campaign.builder().campaignId(campaignId).leads(csv).asOf(day).clock(clock)
                        .store(new TimedStore(store, times)).sequence(Sequence.ofDays(3, 7)).mailer(mailer)
                        .replies(ReplySource.none()).concurrency(concurrency).advance();
                long wall = System.nanoTime() - t0;
                if (r.outcomes().isEmpty()) {
                    throw new IllegalStateException("no leads in the result of day " + DAYS[i]);
                }
                run.days.add(new Day(DAYS[i], i + 1, mailer.sent.get(), wall, mailer.firstAt() - t0, mailer.span(), times));
            } finally {
                mailer.close();
                close.accept(store);
            }
        }
    }

    /** The in-process mailer, or SMTP to GreenMail with ids derived from the campaign. */
    private static Mailer mailerFor(GreenMail mail, String campaignId, Clock clock) {
        if (mail == null) {
            return null;
        }
        return SmtpMailer.builder().host("127.0.0.1").port(mail.getSmtp().getPort())
                .from("Bench <bench@" + SENDER_DOMAIN + ">").campaignId(campaignId).clock(clock).connections(4)
                .build();
    }

    /** A clock fixed at 09:00 UTC of the day. */
    private static Clock clockOn(LocalDate day) {
        return Clock.fixed(day.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    /** Bytes of the files in {@code dir} whose names start with {@code prefix} (SQLite's db, -wal and -shm). */
    private static long sizeOf(Path dir, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }

    /** Runs one statement on the admin database. */
    private static void execute(String url, String user, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** {@code pg_database_size} of the database. */
    private static long databaseSize(String url, String user, String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_database_size('" + name + "')")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Prints the per-step table, the breakdown of store calls and the ratios. */
    private static void print(List<Run> runs, PrintStream out) {
        out.println();
        out.println("| backend | day | step | messages | wall | msg/s | until 1st send | sending | after last send"
                + " | writes/msg |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Run r : runs) {
            for (Day d : r.days) {
                out.printf(Locale.ROOT, "| %s | %d | %d | %,d | %.2f s | %,.0f | %.2f s | %.2f s | %.2f s | %.2f |%n",
                        r.backend, d.day, d.step, d.messages, d.wallSeconds(), d.messages / d.wallSeconds(),
                        d.preNanos / 1e9, d.spanNanos / 1e9, (d.wallNanos - d.preNanos - d.spanNanos) / 1e9,
                        d.writesPerMessage());
            }
        }
        out.println();
        out.println("Time threads spent inside store calls (summed over threads; calls), per day:");
        out.print("| backend | day |");
        CALLS.forEach(c -> out.print(" " + c + " |"));
        out.println();
        out.print("|---|---:|");
        CALLS.forEach(c -> out.print("---:|"));
        out.println();
        for (Run r : runs) {
            for (Day d : r.days) {
                out.printf(Locale.ROOT, "| %s | %d |", r.backend, d.day);
                for (String c : CALLS) {
                    out.printf(Locale.ROOT, " %.2f s (%,d) |", d.times.seconds(c), d.times.count(c));
                }
                out.println();
            }
        }
        out.println();
        out.println("| backend | three days | size on disk | peak heap |");
        out.println("|---|---:|---:|---:|");
        for (Run r : runs) {
            out.printf(Locale.ROOT, "| %s | %.2f s | %s | %d MiB |%n", r.backend,
                    r.days.stream().mapToLong(d -> d.wallNanos).sum() / 1e9,
                    r.bytes < 0 ? "—" : String.format(Locale.ROOT, "%.1f MiB", r.bytes / 1048576.0), r.peakHeap >> 20);
        }
        Map<String, Run> by = new LinkedHashMap<>();
        runs.forEach(r -> by.put(r.backend, r));
        out.println();
        Run journal = by.get("journal");
        for (Run r : runs) {
            if (journal != null && r != journal) {
                Day d0 = r.days.get(0);
                Day j = journal.days.get(0);
                out.printf(Locale.ROOT, "step 1: %s / journal = %.2f× the wall time (%.3f against %.3f ms/message)%n",
                        r.backend, d0.wallSeconds() / j.wallSeconds(), d0.msPerMessage(), j.msPerMessage());
            }
        }
        Run sqlite = by.get("sqlite");
        Run pg = by.get("postgres");
        if (sqlite != null && pg != null) {
            for (int i = 0; i < Math.min(sqlite.days.size(), pg.days.size()); i++) {
                out.printf(Locale.ROOT, "step %d: postgres / sqlite = %.2f× the wall time%n", i + 1,
                        pg.days.get(i).wallSeconds() / sqlite.days.get(i).wallSeconds());
            }
        }
    }

    /** One backend's measured days. */
    private static final class Run {
        final String backend;
        final List<Day> days = new ArrayList<>();
        long bytes = -1;
        long peakHeap;

        Run(String backend) {
            this.backend = backend;
        }

        /** A line printed as soon as the backend is done. */
        String summaryLine() {
            StringBuilder b = new StringBuilder(backend + ":");
            for (Day d : days) {
                b.append(String.format(Locale.ROOT, " day %d %,d msgs %.2f s (%,.0f msg/s);", d.day, d.messages,
                        d.wallSeconds(), d.messages / d.wallSeconds()));
            }
            return b.toString();
        }
    }

    /**
     * One day's run: messages handed to the mailer, wall time of the run, time from its start to the first send and
     * from the first send's start to the last send's end, and the time in store calls.
     */
    private record Day(int day, int step, int messages, long wallNanos, long preNanos, long spanNanos,
                       CallTimes times) {

        /** Writes that are committed or forced to disk (journal appends, message rows, lead writes) per message. */
        double writesPerMessage() {
            long writes = Stream.of("ledger.append", "saveMessage", "addLead", "saveProgress")
                    .mapToLong(times::count).sum();
            return (double) writes / Math.max(1, messages);
        }

        /** Wall time in seconds. */
        double wallSeconds() {
            return wallNanos / 1e9;
        }

        /** Wall time per message, ms. */
        double msPerMessage() {
            return wallNanos / 1e6 / Math.max(1, messages);
        }
    }

    /** Time spent in each kind of call, summed over threads, and the number of calls. */
    private static final class CallTimes {
        private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
        private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

        /** Runs {@code work}, adding its time to {@code call}. */
        <T> T time(String call, Supplier<T> work) {
            long t0 = System.nanoTime();
            try {
                return work.get();
            } finally {
                nanos.computeIfAbsent(call, k -> new LongAdder()).add(System.nanoTime() - t0);
                counts.computeIfAbsent(call, k -> new LongAdder()).increment();
            }
        }

        /** Seconds spent in {@code call}. */
        double seconds(String call) {
            LongAdder n = nanos.get(call);
            return n == null ? 0 : n.sum() / 1e9;
        }

        /** How many times {@code call} ran. */
        long count(String call) {
            LongAdder n = counts.get(call);
            return n == null ? 0 : n.sum();
        }
    }

    /** Counts sends and their first and last times; with no mailer to wrap it sends nothing and reports SENT. */
    private static final class CountingMailer implements Mailer {
        private final Mailer delegate;
        private final Clock clock;
        private final String campaignId;
        private final AtomicInteger sent = new AtomicInteger();
        private final LongAccumulator first = new LongAccumulator(Math::min, Long.MAX_VALUE);
        private final LongAccumulator last = new LongAccumulator(Math::max, Long.MIN_VALUE);

        CountingMailer(Mailer delegate, Clock clock, String campaignId) {
            this.delegate = delegate;
            this.clock = clock;
            this.campaignId = campaignId;
        }

        /** Counts and sends (or returns SENT with the derived Message-ID). */
        @Override
        public SendResult send(EmailDraft draft) {
            first.accumulate(System.nanoTime());
            SendResult r = delegate != null ? delegate.send(draft)
                    : SendResult.sent(draft.leadId(), draft.to(), clock.instant(), messageIdFor(draft).orElseThrow());
            sent.incrementAndGet();
            last.accumulate(System.nanoTime());
            return r;
        }

        /** The delegate's id, else {@code <campaign.lead#step@seller.test>}. */
        @Override
        public Optional<String> messageIdFor(EmailDraft draft) {
            if (delegate != null) {
                return delegate.messageIdFor(draft);
            }
            return Optional.of("<" + campaignId + "." + draft.step().key(draft.leadId()).replace('#', '.') + "@"
                    + SENDER_DOMAIN + ">");
        }

        /** {@link System#nanoTime()} at the first send's start. */
        long firstAt() {
            return first.get();
        }

        /** Nanoseconds from the first send's start to the last send's end, 0 when none. */
        long span() {
            return sent.get() == 0 ? 0 : last.get() - first.get();
        }

        /** The delegate's description, or says it is in-process. */
        @Override
        public String describe() {
            return delegate != null ? delegate.describe() : "in-process (no network)";
        }

        /** Closes the delegate. */
        @Override
        public void close() {
            if (delegate != null) {
                delegate.close();
            }
        }
    }

    /** A ledger whose calls are timed. */
    private record TimedLedger(SendLedger ledger, CallTimes times) implements SendLedger {

        /** Timed. */
        @Override
        public Optional<JournalRecord> latest(String campaignId, String leadId, int step, int attempt) {
            return times.time("ledger.latest", () -> ledger.latest(campaignId, leadId, step, attempt));
        }

        /** Timed. */
        @Override
        public void append(JournalRecord record) throws IOException {
            IOException[] failed = new IOException[1];
            times.time("ledger.append", () -> {
                try {
                    ledger.append(record);
                } catch (IOException e) {
                    failed[0] = e;
                }
                return null;
            });
            if (failed[0] != null) {
                throw failed[0];
            }
        }

        /** Delegates. */
        @Override
        public List<JournalRecord> records() {
            return ledger.records();
        }

        /** Delegates. */
        @Override
        public String describe() {
            return ledger.describe();
        }
    }

    /** A store whose calls are timed; the reads other than leads and messages are summed together. */
    private record TimedStore(CampaignStore store, CallTimes times) implements CampaignStore {

        /** Delegates. */
        @Override
        public String describe() {
            return store.describe();
        }

        /** Delegates. */
        @Override
        public void openCampaign(String campaignId, Sequence sequence) {
            store.openCampaign(campaignId, sequence);
        }

        /** Timed as a read. */
        @Override
        public Set<String> leadIds(String campaignId) {
            return times.time("other reads", () -> store.leadIds(campaignId));
        }

        /** Timed. */
        @Override
        public void addLead(String campaignId, StoredLead lead) {
            times.time("addLead", () -> {
                store.addLead(campaignId, lead);
                return null;
            });
        }

        /** Timed with {@code addLead}, one call per batch. */
        @Override
        public void addLeads(String campaignId, Collection<StoredLead> leads) {
            times.time("addLead", () -> {
                store.addLeads(campaignId, leads);
                return null;
            });
        }

        /** Timed. */
        @Override
        public List<StoredLead> leads(String campaignId) {
            return times.time("leads()", () -> store.leads(campaignId));
        }

        /** Timed. */
        @Override
        public void saveMessage(String campaignId, SequenceMessage message) {
            times.time("saveMessage", () -> {
                store.saveMessage(campaignId, message);
                return null;
            });
        }

        /** Timed. */
        @Override
        public List<SequenceMessage> messages(String campaignId) {
            return times.time("messages()", () -> store.messages(campaignId));
        }

        /** Delegates (no replies in this benchmark). */
        @Override
        public boolean addReply(String campaignId, StoredReply reply) {
            return store.addReply(campaignId, reply);
        }

        /** Timed as a read. */
        @Override
        public List<StoredReply> replies(String campaignId) {
            return times.time("other reads", () -> store.replies(campaignId));
        }

        /** Timed. */
        @Override
        public void saveProgress(String campaignId, Collection<LeadProgress> progress) {
            times.time("saveProgress", () -> {
                store.saveProgress(campaignId, progress);
                return null;
            });
        }

        /** Timed as a read. */
        @Override
        public Map<String, LeadProgress> progress(String campaignId) {
            return times.time("other reads", () -> store.progress(campaignId));
        }

        /** The store's ledger, timed. */
        @Override
        public SendLedger ledger() {
            return new TimedLedger(store.ledger(), times);
        }

        /** The store's leases, timed together. */
        @Override
        public WorkLeases leases() {
            WorkLeases leases = store.leases();
            return new WorkLeases() {
                @Override
                public Claim claim(String campaignId, String worker, Collection<String> items, Instant now,
                                   Duration lease) {
                    return times.time("leases", () -> leases.claim(campaignId, worker, items, now, lease));
                }

                @Override
                public Set<String> renew(String campaignId, String worker, Collection<String> items, Instant now,
                                         Duration lease) {
                    return times.time("leases", () -> leases.renew(campaignId, worker, items, now, lease));
                }

                @Override
                public void release(String campaignId, String worker, Collection<String> items) {
                    times.time("leases", () -> {
                        leases.release(campaignId, worker, items);
                        return null;
                    });
                }

                @Override
                public void complete(String campaignId, Collection<String> items) {
                    times.time("leases", () -> {
                        leases.complete(campaignId, items);
                        return null;
                    });
                }
            };
        }

        /** The store's send counters (not used by this benchmark). */
        @Override
        public dev.campaigncrm.store.SendSlots sendSlots() {
            return store.sendSlots();
        }

        /** Timed with the leases. */
        @Override
        public int reserveLeadIndexes(String campaignId, int count) {
            return times.time("leases", () -> store.reserveLeadIndexes(campaignId, count));
        }

        /** Leaves the store open: the benchmark closes it. */
        @Override
        public void close() {
        }
    }
}
