package dev.campaigncrm.mail.imap;

import dev.campaigncrm.mail.internal.HeaderText;
import dev.campaigncrm.mail.internal.imap.SimulatedMessages;
import dev.campaigncrm.reply.Outreach;
import dev.campaigncrm.reply.Reply;
import dev.campaigncrm.reply.ReplySimulator;
import dev.campaigncrm.reply.ReplySource;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reply simulator over SMTP: the replies {@link ReplySimulator} makes up for the emails sent are delivered as
 * real messages (From the lead, To our mailbox, {@code In-Reply-To} the Message-ID of the step answered and
 * {@code References} its thread, RFC 3834 headers on out-of-office notices, the original quoted below human
 * replies) to a mailbox that an {@link ImapReplySource} then reads, so that phase two takes the production path. For
 * realism it also delivers a few RFC 3464 bounces (hard 5.1.1 to a lead's first message or soft 4.2.2 to one of its
 * steps, to leads that never reply, chosen from the seed) and one newsletter no lead sent. The same seed and
 * outreach give the same messages with the same Message-IDs, so mail delivered again can be recognised by its
 * Message-ID. Immutable and thread-safe.
 */
public final class SimulatedMailbox {

    private static final Logger log = LoggerFactory.getLogger(SimulatedMailbox.class);

    private final ReplySimulator simulator;
    private final String smtpHost;
    private final int smtpPort;
    private final InternetAddress mailbox;
    private final double bounceRate;
    private final boolean newsletter;
    private final Duration timeout;
    private final Clock clock;

    private SimulatedMailbox(Builder b) {
        this.clock = b.clock;
        this.simulator = b.simulator;
        this.smtpHost = b.smtpHost;
        this.smtpPort = b.smtpPort;
        this.mailbox = b.mailbox;
        this.bounceRate = b.bounceRate;
        this.newsletter = b.newsletter;
        this.timeout = b.timeout;
    }

    /** A builder; the SMTP host and port, the mailbox address and the simulator are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Delivers the simulated replies, bounces and newsletter for the outreach sent.
     *
     * @throws ImapException when the SMTP server cannot be reached or refuses a message
     */
    public Delivery deliver(List<Outreach> sent) {
        Objects.requireNonNull(sent, "sent");
        List<Reply> replies = simulator.collect(sent);
        Session session = Session.getInstance(properties());
        SimulatedMessages messages = new SimulatedMessages(session, mailbox);
        int human = 0;
        int auto = 0;
        int bounces = 0;
        int skipped = 0;
        int later = 0;
        List<MimeMessage> out = new ArrayList<>();
        try {
            for (Reply r : replies) {
                Outreach o = answered(sent, r);
                if (o == null || !validAddress(r.from())) {
                    skipped++;
                    continue;
                }
                if (notYet(r.receivedAt())) {
                    later++;
                    continue;
                }
                boolean automatic = !r.header("Auto-Submitted").isEmpty();
                out.add(messages.reply(r, o, automatic));
                if (automatic) {
                    auto++;
                } else {
                    human++;
                }
            }
            Map<String, List<Outreach>> silent = new TreeMap<>();
            for (Outreach o : sent) {
                if (o.send() != null && o.send().isSent() && simulator.silent(o)) {
                    silent.computeIfAbsent(leadId(o), k -> new ArrayList<>()).add(o);
                }
            }
            for (Map.Entry<String, List<Outreach>> lead : silent.entrySet()) {
                SplittableRandom rnd = new SplittableRandom(simulator.seed() * 31 + lead.getKey().hashCode());
                if (rnd.nextDouble() >= bounceRate) {
                    continue;
                }
                boolean hard = rnd.nextInt(3) > 0;
                // a hard bounce answers the first message (the address does not exist); a soft one any step
                int step = hard ? 1 : 1 + rnd.nextInt(simulator.steps());
                Outreach o = lead.getValue().stream().filter(x -> stepOf(x) == step).findFirst().orElse(null);
                if (o != null && validAddress(o.send().email())) {
                    MimeMessage bounce = messages.bounce(o, hard);
                    if (notYet(bounce.getSentDate().toInstant())) {
                        later++;
                        continue;
                    }
                    out.add(bounce);
                    bounces++;
                }
            }
            if (newsletter) {
                out.add(messages.newsletter(simulator.seed()));
            }
            send(session, out);
        } catch (MessagingException e) {
            throw new ImapException("Cannot deliver the simulated replies to " + HeaderText.sanitize(smtpHost) + ":"
                    + smtpPort + ": " + e.getMessage(), e);
        }
        Delivery d = new Delivery(human, auto, bounces, newsletter ? 1 : 0, skipped);
        log.info("delivered {} simulated messages to {} by SMTP: {}{}", out.size(), mailbox.getAddress(), d,
                later == 0 ? "" : "; " + later + " dated after " + clock.instant() + " have not arrived yet");
        return d;
    }

    /** True when mail dated {@code at} arrives after the clock's now (never without a clock). */
    private boolean notYet(Instant at) {
        return clock != null && at.isAfter(clock.instant());
    }

    /** A reply source that delivers the simulated mail, then reads it back with {@code reader}. */
    public ReplySource thenReadWith(ImapReplySource reader) {
        Objects.requireNonNull(reader, "reader");
        return new ReplySource() {
            @Override
            public List<Reply> collect(List<Outreach> sent) {
                deliver(sent);
                return reader.collect(sent);
            }

            @Override
            public String describe() {
                return simulator.describe() + ", delivered by SMTP and read from " + reader.describe();
            }
        };
    }

    private void send(Session session, List<MimeMessage> out) throws MessagingException {
        if (out.isEmpty()) {
            return;
        }
        try (Transport t = session.getTransport("smtp")) {
            t.connect(smtpHost, smtpPort, null, null);
            for (MimeMessage m : out) {
                m.saveChanges();
                t.sendMessage(m, new InternetAddress[] {mailbox});
            }
        }
    }

    private Properties properties() {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", smtpHost);
        p.setProperty("mail.smtp.port", Integer.toString(smtpPort));
        p.setProperty("mail.smtp.connectiontimeout", Long.toString(timeout.toMillis()));
        p.setProperty("mail.smtp.timeout", Long.toString(timeout.toMillis()));
        p.setProperty("mail.smtp.writetimeout", Long.toString(timeout.toMillis()));
        p.setProperty("mail.smtp.localhost", "simulator.invalid");
        return p;
    }

    /** The message {@code r} answers: the sent message of its lead named by its In-Reply-To, else the first. */
    private static Outreach answered(List<Outreach> sent, Reply r) {
        String inReplyTo = r.header("In-Reply-To").strip();
        Outreach first = null;
        for (Outreach o : sent) {
            if (o.send() == null || !o.send().isSent() || !leadId(o).equals(r.leadId())) {
                continue;
            }
            if (!inReplyTo.isEmpty() && inReplyTo.equalsIgnoreCase(o.send().messageId().strip())) {
                return o;
            }
            if (first == null || stepOf(o) < stepOf(first)) {
                first = o;
            }
        }
        return first;
    }

    private static int stepOf(Outreach o) {
        return o.draft() == null ? 1 : o.draft().step().number();
    }

    private static String leadId(Outreach o) {
        String id = o.send().leadId();
        return id != null && !id.isBlank() ? id : o.analysis().lead().id();
    }

    private static boolean validAddress(String address) {
        try {
            new InternetAddress(address, true).validate();
            return !address.isBlank() && HeaderText.sanitize(address).equals(address);
        } catch (AddressException e) {
            return false;
        }
    }

    /**
     * What was delivered.
     *
     * @param humanReplies replies a person would write
     * @param autoReplies  out-of-office notices
     * @param bounces      delivery status reports
     * @param newsletters  unrelated newsletters (they thread to no lead)
     * @param skipped      replies not delivered because the lead's address is not a valid address
     */
    public record Delivery(int humanReplies, int autoReplies, int bounces, int newsletters, int skipped) {
    }

    /** Builds a {@link SimulatedMailbox}. */
    public static final class Builder {
        private ReplySimulator simulator;
        private String smtpHost = "";
        private int smtpPort = 25;
        private InternetAddress mailbox;
        private double bounceRate = 0.03;
        private boolean newsletter = true;
        private Duration timeout = Duration.ofSeconds(20);
        private Clock clock;

        private Builder() {
        }

        /**
         * Mail dated after this clock's now has not arrived yet and is not delivered (a sequence run as of a day sees
         * only the replies sent by then); default: everything is delivered.
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The simulator that decides who replies and how. */
        public Builder simulator(ReplySimulator simulator) {
            this.simulator = Objects.requireNonNull(simulator, "simulator");
            return this;
        }

        /** The SMTP server that delivers into the mailbox (e.g. GreenMail's). */
        public Builder smtp(String host, int port) {
            this.smtpHost = Objects.requireNonNull(host, "host").strip();
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port must be 1..65535 but was " + port);
            }
            this.smtpPort = port;
            return this;
        }

        /**
         * The mailbox the replies go to: the address the campaign sent from.
         *
         * @throws IllegalArgumentException when it is not a valid address
         */
        public Builder mailbox(String address) {
            try {
                this.mailbox = new InternetAddress(Objects.requireNonNull(address, "address"), true);
            } catch (AddressException e) {
                throw new IllegalArgumentException("the mailbox is not a valid address", e);
            }
            return this;
        }

        /** The share (0–1) of leads without a reply whose email bounces; default 0.03. */
        public Builder bounceRate(double rate) {
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("bounceRate must be 0..1 but was " + rate);
            }
            this.bounceRate = rate;
            return this;
        }

        /** Whether one unrelated newsletter is delivered too; default true. */
        public Builder newsletter(boolean deliver) {
            this.newsletter = deliver;
            return this;
        }

        /** The SMTP connect and read timeout; default 20 s. */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * The mailbox simulator.
         *
         * @throws IllegalStateException when the simulator, SMTP host or mailbox is missing
         */
        public SimulatedMailbox build() {
            if (simulator == null || smtpHost.isEmpty() || mailbox == null) {
                throw new IllegalStateException("a simulator, an SMTP host and a mailbox address are required");
            }
            return new SimulatedMailbox(this);
        }
    }
}
