package dev.campaigncrm.examples.sequence;

import dev.campaigncrm.Campaign;
import dev.campaigncrm.run.CampaignEvent;
import dev.campaigncrm.run.CampaignResult;
import dev.campaigncrm.outcome.Stage;
import dev.campaigncrm.mail.SmtpMailer;
import dev.campaigncrm.sequence.Sequence;
import dev.campaigncrm.store.CampaignStore;
import dev.campaigncrm.store.jdbc.JdbcCampaignStore;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A worker JVM of the workers' chaos test: advances the first email of {@link WorkersChaosOnPostgresTest#LEADS} leads
 * of the {@link CrashCampaign} as one of several workers on the store at a JDBC URL ({@code PGUSER}/{@code PGPASSWORD}
 * from the environment), sending to the test's SMTP server. Arguments: {@code port storeUrl worker leaseMillis}.
 * Prints one line when done.
 */
public final class ChaosWorker {

    private ChaosWorker() {
    }

    /** Runs the worker. */
    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        String url = args[1];
        String worker = args[2];
        Duration lease = Duration.ofMillis(Long.parseLong(args[3]));
        Clock clock = CrashCampaign.clockOn(CrashCampaign.DAY0);
        AtomicInteger sent = new AtomicInteger();
        try (CampaignStore store = JdbcCampaignStore.open(url, System.getenv());
             SmtpMailer smtp = CrashCampaign.smtp(port, clock)) {
            CampaignResult r = Campaign.builder().campaignId(CrashCampaign.ID)
                    .leads(CrashCampaign.leads(WorkersChaosOnPostgresTest.LEADS)).asOf(CrashCampaign.DAY0)
                    .clock(clock).store(store).sequence(Sequence.firstEmail()).mailer(smtp).worker(worker)
                    .lease(lease).concurrency(CrashCampaign.CONCURRENCY)
                    .listener(e -> {
                        if (e instanceof CampaignEvent.StageDone d && d.stage() == Stage.SEND) {
                            sent.incrementAndGet();
                        }
                    })
                    .advance();
            System.out.println("DONE " + worker + " sent " + sent.get() + " of " + r.outcomes().size() + " leads");
        }
    }
}
