package dev.campaigncrm.examples;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.campaigncrm.mail.Tls;
import dev.campaigncrm.mail.compliance.SuppressionList;
import dev.campaigncrm.mail.bounce.BounceReport;
import dev.campaigncrm.mail.imap.ImapReplySource;
import dev.campaigncrm.mail.imap.ImapRunStats;
import dev.campaigncrm.mail.imap.SimulatedMailbox;
import dev.campaigncrm.reply.ReplySimulator;
import dev.campaigncrm.reply.ReplySource;
import dev.campaigncrm.run.CampaignException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where phase two reads replies from, always over IMAP: the real mailbox {@code --imap} names (password from
 * {@code IMAP_PASSWORD}), or an embedded GreenMail (SMTP + IMAP) into which the seeded reply simulator's replies,
 * out-of-office notices, bounces and one unrelated newsletter are delivered by SMTP. Hard bounces and unsubscribe
 * replies go to the suppression list as they are read.
 */
final class ReplyMailbox implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReplyMailbox.class);
    /** The embedded mailbox's login: loopback only, and the server lives for this run only. */
    private static final String EMBEDDED_PASSWORD = "embedded-mailbox";

    private final ReplySource source;
    private final ImapReplySource reader;
    private final GreenMail embedded;
    private final String note;
    private final Counts counts;

    private ReplyMailbox(ReplySource source, ImapReplySource reader, GreenMail embedded, String note, Counts counts) {
        this.source = source;
        this.reader = reader;
        this.embedded = embedded;
        this.note = note;
        this.counts = counts;
    }

    /**
     * The mailbox of this run.
     *
     * @param imapUri      {@code --imap}, or null for the embedded mailbox
     * @param env          where {@code IMAP_PASSWORD} is read (never printed)
     * @param mailbox      the address replies are sent to (Reply-To, else From): the embedded mailbox's user
     * @param simulator    what makes up the replies delivered to the embedded mailbox
     * @param clock        mail the simulator dates after this clock's now is not delivered yet (a sequence's day), or
     *                     null to deliver every reply at once (one email per lead: phase two reads them all)
     * @param suppressions where hard bounces and unsubscribes are added
     */
    static ReplyMailbox open(String imapUri, Map<String, String> env, String mailbox, ReplySimulator simulator,
                             Clock clock, SuppressionList suppressions) {
        Counts counts = new Counts();
        if (imapUri != null) {
            String password = env.get("IMAP_PASSWORD");
            if (password == null || password.isEmpty()) {
                throw new CampaignException("--imap needs the mailbox password in the environment variable"
                        + " IMAP_PASSWORD");
            }
            ImapReplySource reader = hooks(ImapReplySource.fromUri(imapUri, password), suppressions, counts)
                    .build(); // no state file: every phase two rebuilds the artifacts from all replies, not only new ones
            return new ReplyMailbox(reader, reader, null, "replies are read over IMAP from " + reader.describe()
                    + " (the whole folder, so the report counts every reply so far)", counts);
        }
        GreenMail server = new GreenMail(ServerSetup.dynamicPort(ServerSetup.SMTP_IMAP));
        server.start();
        try {
            String login = mailbox.substring(0, mailbox.lastIndexOf('@'));
            server.setUser(mailbox, login, EMBEDDED_PASSWORD);
            // A fresh mailbox every run: no state file, or the next run would skip this run's Message-IDs.
            ImapReplySource reader = hooks(ImapReplySource.builder(), suppressions, counts).host("127.0.0.1")
                    .port(server.getImap().getPort()).tls(Tls.NONE).username(login).password(EMBEDDED_PASSWORD)
                    .build();
            SimulatedMailbox.Builder simulated = SimulatedMailbox.builder().simulator(simulator)
                    .smtp("127.0.0.1", server.getSmtp().getPort()).mailbox(mailbox);
            if (clock != null) {
                simulated.clock(clock);
            }
            return new ReplyMailbox(simulated.build().thenReadWith(reader), reader, server,
                    "replies are simulated, delivered to an embedded mailbox and read over IMAP (seed "
                            + simulator.seed() + (simulator.steps() > 1 ? ", replies to any of " + simulator.steps()
                            + " steps" : "") + ", mailbox " + mailbox + " on 127.0.0.1, SMTP " + server.getSmtp().getPort()
                            + ", IMAP " + server.getImap().getPort() + ")", counts);
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
    }

    private static ImapReplySource.Builder hooks(ImapReplySource.Builder b, SuppressionList suppressions,
                                                 Counts counts) {
        Clock clock = Clock.systemUTC();
        return b.onBounce(r -> suppressHardBounce(r, suppressions, clock, counts))
                .onUnsubscribe(email -> {
                    try {
                        if (suppressions.recordUnsubscribe(email, clock.instant())) {
                            counts.unsubscribed.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        log.warn("could not add an unsubscribe request to the suppression list: {}", e.getMessage());
                    }
                });
    }

    /** Only a hard bounce of a lead this campaign mailed suppresses the address; a soft one is retried later. */
    private static void suppressHardBounce(BounceReport r, SuppressionList suppressions, Clock clock, Counts counts) {
        if (!r.hard() || !r.attributed() || r.email().isEmpty()) {
            return;
        }
        try {
            if (suppressions.recordHardBounce(r.email(), r.statusCode(), clock.instant())) {
                counts.hardBounced.incrementAndGet();
            }
        } catch (RuntimeException e) {
            log.warn("could not add a hard bounce to the suppression list: {}", e.getMessage());
        }
    }

    /** The reply source for {@code Campaign.builder().replies(..)}. */
    ReplySource source() {
        return source;
    }

    /** What the last collection read from the mailbox (threaded, unmatched, bounces, auto-replies...). */
    ImapRunStats lastRun() {
        return reader.lastRun();
    }

    /** Addresses this run added to the suppression list: hard bounces. */
    int suppressedHardBounces() {
        return counts.hardBounced.get();
    }

    /** Addresses this run added to the suppression list: unsubscribe replies. */
    int suppressedUnsubscribes() {
        return counts.unsubscribed.get();
    }

    /** One line for the console: where the replies come from. */
    String note() {
        return note;
    }

    /** Stops the embedded mailbox, if one was started. */
    @Override
    public void close() {
        if (embedded != null) {
            embedded.stop();
        }
    }

    /** What the hooks added to the suppression list. */
    private static final class Counts {
        final AtomicInteger hardBounced = new AtomicInteger();
        final AtomicInteger unsubscribed = new AtomicInteger();
    }
}
