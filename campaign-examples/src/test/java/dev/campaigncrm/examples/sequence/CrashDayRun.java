package dev.campaigncrm.examples.sequence;

import dev.campaigncrm.Campaign;
import dev.campaigncrm.mail.SmtpMailer;
import dev.campaigncrm.run.CampaignResult;
import dev.campaigncrm.store.CampaignStore;
import dev.campaigncrm.store.jdbc.JdbcCampaignStore;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The child JVM of the sequence crash test: advances the {@link CrashCampaign} by one run as of a day, against the
 * test's SMTP server and the store at a JDBC URL ({@code PGUSER}/{@code PGPASSWORD} from the environment). Arguments:
 * {@code port storeUrl day} (the day counted from {@link CrashCampaign#DAY0}). Prints one line when the run is done.
 */
public final class CrashDayRun {

    private CrashDayRun() {
    }

    /** Runs one day of the campaign. */
    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        String url = args[1];
        int day = Integer.parseInt(args[2]);
        LocalDate asOf = CrashCampaign.DAY0.plusDays(day);
        Clock clock = CrashCampaign.clockOn(asOf);
        try (CampaignStore store = JdbcCampaignStore.open(url, System.getenv());
             SmtpMailer smtp = CrashCampaign.smtp(port, clock)) {
            CampaignResult r = Campaign.builder().campaignId(CrashCampaign.ID).leads(CrashCampaign.leads())
                    .asOf(asOf).clock(clock).store(store).sequence(CrashCampaign.SEQUENCE).mailer(smtp)
                    .replies(new CrashReplies()).concurrency(CrashCampaign.CONCURRENCY).advance();
            System.out.println("DONE day " + day + ": " + r.outcomes().size() + " leads");
        }
    }
}
