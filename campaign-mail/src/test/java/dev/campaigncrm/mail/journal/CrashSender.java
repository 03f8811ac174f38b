package dev.campaigncrm.mail.journal;

import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.compose.Tone;
import dev.campaigncrm.compose.Urgency;
import dev.campaigncrm.mail.SmtpMailer;
import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.send.Mailer;
import dev.campaigncrm.send.SendResult;
import dev.campaigncrm.send.journal.JournaledMailer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The campaign the crash test kills: sends leads {@code L0000..} through a journaled SMTP mailer from several
 * threads, the way the campaign's send stage does. Run in a child JVM: {@code port journal leads threads}.
 */
public final class CrashSender {

    static final String CAMPAIGN = "crash-test";
    static final String FROM = "Crash Test <crash@sender.example>";

    private CrashSender() {
    }

    /** Lead {@code i}'s id. */
    static String leadId(int i) {
        return String.format(Locale.ROOT, "L%04d", i);
    }

    /** Lead {@code i}'s draft. */
    static EmailDraft draft(int i) {
        String id = leadId(i);
        return new EmailDraft(id, id.toLowerCase(Locale.ROOT) + "@example.com", "Lead " + id, "Hello " + id,
                "Dear " + id + ",\nthis is the only message you should get.\n", Tone.PROFESSIONAL, Urgency.WARM, "",
                Provenance.of("template"));
    }

    /** The SMTP mailer both the child and the test's checking run use. */
    static SmtpMailer smtp(int port) {
        return SmtpMailer.builder().host("127.0.0.1").port(port).from(FROM).campaignId(CAMPAIGN).connections(4)
                .retries(3, Duration.ofMillis(10)).build();
    }

    /** Sends every lead; prints one summary line. */
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path journal = Path.of(args[1]);
        int leads = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        int sent = 0;
        int other = 0;
        try (Mailer mailer = JournaledMailer.wrap(smtp(port), journal, CAMPAIGN)) {
            List<Future<SendResult>> results = new ArrayList<>();
            for (int i = 0; i < leads; i++) {
                EmailDraft d = draft(i);
                results.add(pool.submit(() -> mailer.send(d)));
            }
            for (Future<SendResult> f : results) {
                if (f.get().isSent()) {
                    sent++;
                } else {
                    other++;
                }
            }
        } finally {
            pool.shutdown();
        }
        System.out.println("DONE sent=" + sent + " other=" + other);
    }
}
