package dev.campaigncrm.examples.sequence;

import dev.campaigncrm.compose.EmailStep;
import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.mail.SmtpMailer;
import dev.campaigncrm.mail.Tls;
import dev.campaigncrm.sequence.Sequence;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The campaign the sequence crash test kills: {@value #LEADS} generated leads (fictional, {@code example.test}
 * domains), a 3-step sequence (days 0, 3 and 7), a fixed clock per run day and an SMTP mailer on loopback. Every
 * tenth lead (index ending in 3) answers its first email, every tenth (ending in 7) its second; the rest get all
 * three steps.
 */
final class CrashCampaign {

    static final String ID = "seq-crash";
    static final LocalDate DAY0 = LocalDate.of(2026, 11, 2);
    static final Sequence SEQUENCE = Sequence.ofDays(3, 7);
    static final int LEADS = 300;
    static final int CONCURRENCY = 4;
    static final String SENDER = "sales@seller.example.test";

    private static final String[] FIRST = {"Avery", "Blake", "Casey", "Devon", "Emery", "Finley", "Harper", "Jordan",
            "Kendall", "Logan", "Morgan", "Quinn", "Riley", "Rowan", "Sawyer", "Taylor"};
    private static final String[] LAST = {"Ashdown", "Brightwater", "Calder", "Dunmore", "Ellery", "Fairbank",
            "Greystone", "Hollis", "Ingram", "Juniper", "Kestrel", "Lowry", "Merriman"};
    private static final String[] COMPANIES = {"Acme Health", "Beta Logistics", "Gamma Retail", "Delta Finance",
            "Epsilon Software", "Zeta Manufacturing", "Eta Energy", "Theta Foods", "Iota Media", "Kappa Travel",
            "Lambda Insurance"};
    private static final String[] TITLES = {"VP Sales", "CTO", "Sales Manager", "Head of Operations",
            "Director of Marketing", "Account Executive", "Chief Revenue Officer", "IT Manager"};
    private static final String[] SIZES = {"20", "80", "200", "650", "1500"};

    private CrashCampaign() {
    }

    /** Lead {@code i}'s id, e.g. {@code L007}. */
    static String leadId(int i) {
        return String.format(Locale.ROOT, "L%03d", i);
    }

    /** The index of a lead id made by {@link #leadId}. */
    static int indexOf(String leadId) {
        return Integer.parseInt(leadId.substring(1));
    }

    /** Lead {@code i}'s address. */
    static String email(int i) {
        String company = COMPANIES[i % COMPANIES.length].toLowerCase(Locale.ROOT).replace(' ', '-');
        return FIRST[i % FIRST.length].toLowerCase(Locale.ROOT) + "." + i + "@" + company + ".example.test";
    }

    /** The last step lead {@code i} gets: the step its reply answers (1 or 2), else the sequence's last. */
    static int lastStep(int i) {
        return switch (i % 10) {
            case 3 -> 1;
            case 7 -> 2;
            default -> SEQUENCE.steps();
        };
    }

    /** The campaign's leads, in source order. */
    static List<Lead> leads() {
        return leads(LEADS);
    }

    /** {@code n} leads made as the campaign's are (the workers' chaos test takes more). */
    static List<Lead> leads(int n) {
        List<Lead> leads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            leads.add(Lead.builder().id(leadId(i)).name(FIRST[i % FIRST.length] + " " + LAST[i % LAST.length])
                    .email(email(i)).jobTitle(TITLES[i % TITLES.length]).company(COMPANIES[i % COMPANIES.length])
                    .companySize(SIZES[i % SIZES.length]).lastContact("2026-10-" + (10 + i % 20)).build());
        }
        return leads;
    }

    /** The clock of a run on {@code day}: fixed at 09:00 UTC. */
    static Clock clockOn(LocalDate day) {
        return Clock.fixed(day.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    /** The SMTP mailer of a run (Message-IDs derived from campaign, lead and step). */
    static SmtpMailer smtp(int port, Clock clock) {
        return SmtpMailer.builder().host("127.0.0.1").port(port).tls(Tls.NONE).from(SENDER, "Sam Seller")
                .campaignId(ID).clock(clock).connections(CONCURRENCY).retries(3, Duration.ofMillis(10)).build();
    }

    /** The Message-ID {@code mailer} gives step {@code step} (first attempt) of lead {@code i}. */
    static String messageId(SmtpMailer mailer, int i, int step) {
        return mailer.messageIdFor(new EmailStep(step, 1, List.of()).key(leadId(i))).orElseThrow();
    }
}
