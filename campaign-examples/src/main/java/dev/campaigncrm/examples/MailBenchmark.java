package dev.campaigncrm.examples;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.compose.Tone;
import dev.campaigncrm.compose.Urgency;
import dev.campaigncrm.mail.SmtpMailer;
import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.send.Mailer;
import dev.campaigncrm.send.SendResult;
import dev.campaigncrm.send.journal.JournaledMailer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Benchmark main: sends M messages to an in-process SMTP server (GreenMail) from 4 threads, through the pool of 4
 * reused connections, through one new connection per message, and through the pool with the send journal (two
 * fsyncs per message), and prints messages per second for each.
 *
 * <pre>
 * ./mvnw -B -q package -DskipTests
 * java -cp campaign-examples/target/campaign-examples.jar dev.campaigncrm.examples.MailBenchmark 2000
 * </pre>
 */
public final class MailBenchmark {

    private static final int THREADS = 4;

    private MailBenchmark() {
    }

    /** Runs the benchmark; the optional argument is the number of messages per variant (2,000). */
    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        run(messages, System.out);
    }

    static void run(int messages, PrintStream out) throws IOException, InterruptedException, ExecutionException {
        GreenMail smtp = new GreenMail(ServerSetup.SMTP.dynamicPort());
        smtp.start();
        Path dir = Files.createTempDirectory("mail-bench");
        try {
            int port = smtp.getSmtp().getPort();
            Supplier<SmtpMailer.Builder> base = () -> SmtpMailer.builder().host("127.0.0.1").port(port)
                    .from("Bench <bench@seller.test>");
            measure("warm-up", Math.min(messages, 500), () -> base.get().connections(4).build(), null);
            out.printf(Locale.ROOT, "%d messages per variant, %d sending threads, in-process GreenMail%n", messages,
                    THREADS);
            out.println(measure("pool (4 reused connections)", messages,
                    () -> base.get().connections(4).build(), smtp));
            out.println(measure("one connection per message", messages,
                    () -> base.get().connections(1).reuseConnections(false).build(), smtp));
            out.println(measure("pool + send journal (fsync)", messages,
                    () -> JournaledMailer.wrap(base.get().connections(4).campaignId("bench").build(),
                            dir.resolve("journal.log"), "bench"), smtp));
        } finally {
            smtp.stop();
        }
    }

    private static String measure(String name, int messages, Supplier<Mailer> mailers, GreenMail smtp)
            throws InterruptedException, ExecutionException {
        int before = smtp == null ? 0 : smtp.getReceivedMessages().length;
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long started = System.nanoTime();
        int sent = 0;
        try (Mailer mailer = mailers.get()) {
            List<Future<SendResult>> results = new ArrayList<>(messages);
            for (int i = 0; i < messages; i++) {
                EmailDraft d = draft(name, i);
                results.add(pool.submit(() -> mailer.send(d)));
            }
            for (Future<SendResult> f : results) {
                sent += f.get().isSent() ? 1 : 0;
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        int received = smtp == null ? sent : smtp.getReceivedMessages().length - before;
        return String.format(Locale.ROOT, "%-30s %6d sent, %6d received in %6.2f s: %8.1f msg/s", name, sent,
                received, seconds, sent / seconds);
    }

    private static EmailDraft draft(String variant, int i) {
        String id = variant.charAt(0) + "-" + i;
        return new EmailDraft(id, "lead" + i + "@example.com", "Lead " + i, "Hello lead " + i,
                "Dear lead " + i + ",\nthis is a benchmark message.\n", Tone.PROFESSIONAL, Urgency.WARM, "",
                Provenance.of("benchmark"));
    }
}
