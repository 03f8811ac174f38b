package dev.campaigncrm.mail;

import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.mail.internal.HeaderText;
import dev.campaigncrm.mail.internal.MessageIds;
import dev.campaigncrm.mail.internal.OutgoingMessage;
import dev.campaigncrm.mail.internal.Recipients;
import dev.campaigncrm.retry.RetryPolicy;
import dev.campaigncrm.mail.internal.SmtpFailures;
import dev.campaigncrm.mail.internal.TransportPool;
import dev.campaigncrm.mail.throttle.Sleeper;
import dev.campaigncrm.send.Mailer;
import dev.campaigncrm.send.MailerUnavailableException;
import dev.campaigncrm.send.SendResult;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends drafts over SMTP (Jakarta Mail, Angus Mail) through a bounded pool of reused connections. Every message
 * has exactly one recipient, sanitised headers, a UTF-8 plain-text body and a unique {@code Message-ID} (derived
 * from the campaign, the lead and the step when a campaign id is set); a follow-up carries {@code In-Reply-To} and
 * {@code References} of its thread; a per-lead failure is returned as a failed
 * {@link SendResult}, never thrown. A broken connection or a 4xx reply is retried with backoff; a 5xx reply is
 * permanent; a connection lost after the whole message was handed over but before the server confirmed it is
 * reported {@link dev.campaigncrm.send.SendStatus#UNCERTAIN}, never as sent. Safe for concurrent use.
 */
public final class SmtpMailer implements Mailer {

    private static final Logger log = LoggerFactory.getLogger(SmtpMailer.class);
    private static final String UTF_8 = StandardCharsets.UTF_8.name();
    private static final String WHAT_TO_DO = "Start MailHog: docker compose up -d mailhog, or set SMTP_HOST/SMTP_PORT,"
            + " or pass --smtp HOST:PORT.";

    private final SmtpSettings settings;
    private final Session session;
    private final MessageIds messageIds;
    private final TransportPool pool;
    private final ComplianceHeaders compliance;
    private final String campaignId;
    private final RetryPolicy retry;
    private final Sleeper sleeper;
    private final boolean reuseConnections;
    private final SentCopyFolder sentFolder;

    private SmtpMailer(SmtpSettings settings, ComplianceHeaders compliance, Builder b) {
        this.settings = settings;
        this.compliance = compliance;
        this.campaignId = b.campaignId;
        this.retry = b.retry;
        this.sleeper = b.sleeper;
        this.reuseConnections = b.reuseConnections;
        this.sentFolder = b.sentFolder;
        this.messageIds = new MessageIds(settings.from().getAddress());
        this.session = Session.getInstance(settings.sessionProperties(messageIds.domain()));
        this.pool = new TransportPool(settings.connections(), this::connect);
    }

    /** A builder with the defaults: {@code localhost:1025}, no TLS, no login, 4 connections. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A mailer configured from {@code SMTP_HOST} (default localhost), {@code SMTP_PORT} (default 1025),
     * {@code SMTP_USERNAME}, {@code SMTP_PASSWORD}, {@code SMTP_TLS} (none | starttls | required | opportunistic | implicit) and
     * {@code SMTP_FROM} (default {@code Campaign CRM <campaign@localhost>}), starting from {@code SMTP_PRESET}
     * (mailhog | maildev | gmail | outlook, see {@link SmtpPresets}) when set.
     *
     * @throws IllegalArgumentException naming the variable whose value is unusable (never echoing the password)
     */
    public static SmtpMailer fromEnvironment(Map<String, String> env) {
        return builderFromEnvironment(env).build();
    }

    /**
     * A builder configured from the same variables as {@link #fromEnvironment}, to add what the environment does
     * not say (campaign id, Reply-To, List-Unsubscribe, footer, retries).
     *
     * @throws IllegalArgumentException naming the variable whose value is unusable (never echoing the password)
     */
    public static Builder builderFromEnvironment(Map<String, String> env) {
        return EnvironmentConfig.builder(env);
    }

    /**
     * Opens one connection (within the connect timeout) and keeps it for the first message.
     *
     * @throws MailerUnavailableException naming host, port, the cause and what to start or configure
     */
    @Override
    public void checkReachable() {
        try {
            TransportPool.Lease lease = pool.borrow(true);
            pool.giveBack(lease.transport());
        } catch (MessagingException e) {
            throw new MailerUnavailableException(unreachable(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MailerUnavailableException("Interrupted while connecting to the SMTP server at "
                    + settings.hostPort() + ".", e);
        }
    }

    /** Sends one draft to its single recipient; failures are returned, never thrown. */
    @Override
    public SendResult send(EmailDraft draft) {
        Objects.requireNonNull(draft, "draft");
        Optional<String> problem = Recipients.problem(draft.to());
        if (problem.isPresent()) {
            return failed(draft, problem.get());
        }
        OutgoingMessage message;
        try {
            message = compose(draft);
        } catch (MessagingException | RuntimeException e) {
            return failed(draft, "cannot build the message: " + SmtpFailures.describe(e, settings.password()));
        }
        SendResult result = deliver(draft, message);
        if (result.isSent() && sentFolder != null) {
            copyToSentFolder(draft, message);
        }
        return result;
    }

    /** Appends the message the server accepted to the Sent folder; a failure is logged, the message stays sent. */
    private void copyToSentFolder(EmailDraft draft, OutgoingMessage message) {
        try {
            sentFolder.append(message);
        } catch (RuntimeException e) {
            log.warn("lead {}: sent as {}, but no copy was kept in {}: {}", draft.leadId(), message.messageId(),
                    sentFolder.describe(), e.getMessage());
        }
    }

    /**
     * The {@code Message-ID} the first message (step 1, attempt 1) to {@code leadId} is sent with, known before
     * sending when a campaign id is set (see {@link Builder#campaignId}); empty when ids are random.
     */
    public Optional<String> messageIdFor(String leadId) {
        return campaignId == null ? Optional.empty() : Optional.of(messageIds.derived(campaignId, leadId));
    }

    /**
     * The {@code Message-ID} this draft's message is sent with: derived from the campaign, the lead, the step and the
     * attempt ({@link dev.campaigncrm.compose.EmailStep#key}), so the same as {@link #messageIdFor(String)} for a
     * first email; empty when ids are random.
     */
    @Override
    public Optional<String> messageIdFor(EmailDraft draft) {
        return messageIdFor(draft.step().key(draft.leadId()));
    }

    /** The sender's address (the {@code From} header's), e.g. {@code alex@seller.test}. */
    public String sender() {
        return settings.from().getAddress();
    }

    /** {@code smtp://host:port}, plus {@code starttls} or {@code tls} and the login name; never the password. */
    @Override
    public String describe() {
        String tls = switch (settings.tls()) {
            case NONE -> "";
            case STARTTLS -> " starttls";
            case STARTTLS_OPPORTUNISTIC -> " starttls-if-offered";
            case IMPLICIT -> " tls";
        };
        return settings.endpoint() + tls + (settings.authenticates() ? " as " + settings.username() : "");
    }

    /** Closes the pooled connections; connections in use close when their message is done. */
    @Override
    public void close() {
        pool.close();
    }

    private OutgoingMessage compose(EmailDraft draft) throws MessagingException {
        String id = messageIdFor(draft).orElseGet(messageIds::next);
        OutgoingMessage m = new OutgoingMessage(session, id);
        m.setFrom((InternetAddress) settings.from().clone());
        m.setRecipient(Message.RecipientType.TO, Recipients.mailbox(draft.to(), draft.recipientName()));
        m.setSubject(HeaderText.sanitize(draft.subject()), UTF_8);
        m.setSentDate(Date.from(settings.clock().instant()));
        m.setText(compliance.withFooter(draft.body(), draft.to()), UTF_8);
        compliance.addHeaders(m, draft.to());
        threadTo(m, draft);
        m.saveChanges();
        return m;
    }

    /**
     * Threads a follow-up to the lead's earlier messages: {@code In-Reply-To} the last valid id of the thread,
     * {@code References} all valid ids in order; an id that is not a valid Message-ID is left out with a warning.
     */
    private static void threadTo(OutgoingMessage m, EmailDraft draft) throws MessagingException {
        List<String> thread = new ArrayList<>();
        for (String id : draft.step().thread()) {
            String stripped = id == null ? "" : id.strip();
            if (MessageIds.isValid(stripped)) {
                thread.add(stripped);
            } else {
                log.warn("lead {} step {}: left an invalid Message-ID out of the thread headers: {}", draft.leadId(),
                        draft.step().number(), HeaderText.sanitize(id));
            }
        }
        if (thread.isEmpty()) {
            return;
        }
        m.setHeader("In-Reply-To", thread.get(thread.size() - 1));
        m.setHeader("References", MimeUtility.fold("References: ".length(), String.join(" ", thread)));
    }

    /** A copy of the Jakarta Mail session properties (host, port, TLS, timeouts; never credentials). */
    Properties sessionProperties() {
        Properties copy = new Properties();
        copy.putAll(session.getProperties());
        return copy;
    }

    private SendResult deliver(EmailDraft draft, OutgoingMessage message) {
        boolean fresh = !reuseConnections;
        boolean staleRetried = false;
        int attempt = 1;
        while (true) {
            TransportPool.Lease lease;
            try {
                lease = pool.borrow(fresh || !reuseConnections);
            } catch (MessagingException e) {
                String reason = "cannot connect to " + settings.hostPort() + ": "
                        + SmtpFailures.describe(e, settings.password());
                if (SmtpFailures.isAuthentication(e) || !retry.allowsAnotherAfter(attempt)) {
                    return failed(draft, reason + attemptsNote(attempt));
                }
                if (!pause(attempt, reason)) {
                    return failed(draft, "interrupted while waiting to retry: " + reason);
                }
                attempt++;
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return failed(draft, "interrupted while waiting for an SMTP connection");
            } catch (RuntimeException e) {
                return failed(draft, SmtpFailures.describe(e, settings.password()));
            }
            Transport transport = lease.transport();
            message.newAttempt();
            try {
                transport.sendMessage(message, message.getAllRecipients());
                release(transport);
                return SendResult.sent(draft.leadId(), draft.to(), settings.clock().instant(), message.messageId());
            } catch (MessagingException | RuntimeException e) {
                SmtpFailures.Kind kind = SmtpFailures.classify(e, message.contentHandedOver());
                boolean replied = SmtpFailures.replyCode(e) > 0;
                boolean answered = replied && kind != SmtpFailures.Kind.UNCERTAIN;
                boolean kept = answered && returnIfUsable(transport); // a session that answered may go on
                if (!answered) {
                    pool.discard(transport);
                }
                String reason = SmtpFailures.describe(e, settings.password());
                switch (kind) {
                    case UNCERTAIN -> {
                        return SendResult.uncertain(draft.leadId(), draft.to(), settings.clock().instant(),
                                message.messageId(), "sent or not: the connection to " + settings.hostPort()
                                        + " broke after the whole message was handed over, before the server"
                                        + " confirmed it (" + reason + "); not resent");
                    }
                    case PERMANENT -> {
                        return failed(draft, "refused by " + settings.hostPort() + ": " + reason);
                    }
                    case TRANSIENT -> {
                        if (!replied && lease.reused() && !staleRetried) {
                            log.debug("a pooled SMTP connection to {} had gone stale ({}); retrying at once on a"
                                    + " fresh one", settings.hostPort(), SmtpFailures.rootCause(e,
                                    settings.password()));
                            staleRetried = true;
                            fresh = true;
                            continue;
                        }
                        String what = (replied ? "refused for now by " : "SMTP connection to ") + settings.hostPort()
                                + (replied ? ": " : " failed: ") + reason;
                        if (!retry.allowsAnotherAfter(attempt)) {
                            return failed(draft, what + attemptsNote(attempt));
                        }
                        if (!pause(attempt, what)) {
                            return failed(draft, "interrupted while waiting to retry: " + what);
                        }
                        fresh = !kept;
                        attempt++;
                    }
                }
            } catch (Error e) {
                pool.discard(transport); // e.g. OutOfMemoryError: never leak the slot, or every later send waits
                throw e;
            }
        }
    }

    /** Keeps a connection that just sent for the next message, or closes it when connections are not reused. */
    private void release(Transport transport) {
        if (reuseConnections) {
            pool.giveBack(transport);
        } else {
            pool.discard(transport);
        }
    }

    /** Waits before attempt {@code attempt + 1}; false when interrupted (the flag is kept). */
    private boolean pause(int attempt, String why) {
        java.time.Duration wait = retry.backoffAfter(attempt);
        log.debug("attempt {} of {} failed ({}); retrying in {} ms", attempt, retry.maxAttempts(), why,
                wait.toMillis());
        try {
            sleeper.sleep(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String attemptsNote(int attempt) {
        return attempt > 1 ? " (after " + attempt + " attempts)" : "";
    }

    /**
     * After a refusal the session is reset (RSET) and kept when the server still talks to us; a server that hung
     * up (e.g. {@code 421} after too many messages on one connection) costs the connection.
     *
     * @return true when the connection went back to the pool
     */
    private boolean returnIfUsable(Transport transport) {
        boolean usable;
        try {
            usable = transport.isConnected();
        } catch (RuntimeException e) {
            usable = false;
        }
        if (usable) {
            pool.giveBack(transport);
        } else {
            pool.discard(transport);
        }
        return usable;
    }

    private Transport connect() throws MessagingException {
        Transport t = session.getTransport("smtp");
        if (settings.authenticates()) {
            t.connect(settings.host(), settings.port(), settings.username(), settings.password());
        } else {
            t.connect(settings.host(), settings.port(), null, null);
        }
        log.debug("opened an SMTP connection to {}", settings.endpoint());
        return t;
    }

    private String unreachable(MessagingException e) {
        String cause = SmtpFailures.describe(e, settings.password());
        if (SmtpFailures.isAuthentication(e)) {
            return "The SMTP server at " + settings.hostPort() + " refused the login of '" + settings.username()
                    + "' (" + cause + "). Check SMTP_USERNAME and SMTP_PASSWORD.";
        }
        String tls = settings.tls() == Tls.NONE ? "" : " Check SMTP_TLS (" + settings.tls().name().toLowerCase(
                java.util.Locale.ROOT) + ") matches what the server offers.";
        return "Cannot reach the SMTP server at " + settings.hostPort() + " (" + cause + "). " + WHAT_TO_DO + tls;
    }

    private SendResult failed(EmailDraft draft, String reason) {
        return SendResult.failed(draft.leadId(), draft.to(), settings.clock().instant(), reason);
    }

    /** Configures an {@link SmtpMailer}; every setter validates its value at once. */
    public static final class Builder {

        private String host = "localhost";
        private int port = 1025;
        private String username = "";
        private String password = "";
        private Tls tls = Tls.NONE;
        private InternetAddress from = parseFrom(EnvironmentConfig.DEFAULT_FROM);
        private int connections = 4;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Clock clock = Clock.systemUTC();
        private String campaignId;
        private RetryPolicy retry = RetryPolicy.exponential(3, Duration.ofSeconds(1), 4);
        private Sleeper sleeper = Sleeper.system();
        private boolean reuseConnections = true;
        private InternetAddress replyTo;
        private String unsubscribeMailto;
        private String unsubscribeUrl;
        private String unsubscribeSecret;
        private String footerPostal;
        private String footerOptOut;
        private SentCopyFolder sentFolder;

        private Builder() {
        }

        /** The server's host name or IP address (default {@code localhost}). */
        public Builder host(String host) {
            String h = Objects.requireNonNull(host, "host").strip();
            if (h.isEmpty() || !h.matches("[A-Za-z0-9._:\\-\\[\\]%]+")) {
                throw new IllegalArgumentException("SMTP host must be a host name or IP address");
            }
            this.host = h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
            return this;
        }

        /** The server's port, 1–65535 (default 1025, MailHog's). */
        public Builder port(int port) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("SMTP port must be from 1 to 65535, not " + port);
            }
            this.port = port;
            return this;
        }

        /** The login name; empty for none (default). */
        public Builder username(String username) {
            String u = username == null ? "" : username.strip();
            if (!HeaderText.sanitize(u).equals(u)) {
                throw new IllegalArgumentException("SMTP username must not contain spaces or control characters");
            }
            this.username = u;
            return this;
        }

        /** The login password; empty for none (default). Never logged or shown. */
        public Builder password(String password) {
            this.password = password == null ? "" : password;
            return this;
        }

        /** How the connection is protected (default {@link Tls#NONE}). */
        public Builder tls(Tls tls) {
            this.tls = Objects.requireNonNull(tls, "tls");
            return this;
        }

        /** The sender, e.g. {@code Alex <alex@seller.test>} or a bare address. */
        public Builder from(String from) {
            this.from = parseFrom(Objects.requireNonNull(from, "from"));
            return this;
        }

        /** The sender as address and display name. */
        public Builder from(String address, String name) {
            Objects.requireNonNull(address, "address");
            if (Recipients.senderProblem(address).isPresent()) {
                throw new IllegalArgumentException("sender address must be a single address such as"
                        + " alex@example.com");
            }
            this.from = Recipients.mailbox(address, name);
            return this;
        }

        /** The most SMTP connections open at once, 1–64 (default 4); they are reused across messages. */
        public Builder connections(int connections) {
            if (connections < 1 || connections > 64) {
                throw new IllegalArgumentException("connections must be from 1 to 64, not " + connections);
            }
            this.connections = connections;
            return this;
        }

        /** How long to wait for a connection (default 5 s). */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /** How long to wait for each server reply (default 30 s). */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = positive(timeout, "readTimeout");
            return this;
        }

        /** The clock of the {@code Date} header and result times (default UTC system clock). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Derives each {@code Message-ID} from this campaign id and the lead's id ({@code
         * <campaign.lead-hash@sender-domain>}, see {@link MessageIds#derive}), so that the same lead's message
         * always has the same id and can be recognised later; without it ids are random.
         */
        public Builder campaignId(String campaignId) {
            String c = Objects.requireNonNull(campaignId, "campaignId").strip();
            if (c.isEmpty()) {
                throw new IllegalArgumentException("campaignId must not be blank");
            }
            this.campaignId = c;
            return this;
        }

        /** The {@code Reply-To} of every message, e.g. {@code Alex <replies@seller.test>}; null for none. */
        public Builder replyTo(String address) {
            if (address == null) {
                this.replyTo = null;
                return this;
            }
            try {
                this.replyTo = parseFrom(address);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("reply-to must be one address such as 'Alex <alex@example.com>'",
                        e);
            }
            return this;
        }

        /**
         * Tries each message up to {@code attempts} times (1 to 10, default 3) when the connection fails or the
         * server answers 4xx, pausing {@code firstBackoff} after the first failure and four times longer after each
         * further one (default 1 s, then 4 s).
         */
        public Builder retries(int attempts, Duration firstBackoff) {
            this.retry = RetryPolicy.exponential(attempts, Objects.requireNonNull(firstBackoff, "firstBackoff"), 4);
            return this;
        }

        /** What waits between attempts (default {@link Sleeper#system()}). */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /**
         * The {@code List-Unsubscribe} header (RFC 2369): a mailto address (e.g. {@code unsubscribe@seller.test} or
         * {@code mailto:unsubscribe@seller.test?subject=unsubscribe}) and/or an https URL; either may be null, not
         * both. With a URL, {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click} (RFC 8058) is added too. The
         * URL may hold {@code {email}} (the recipient's address, URL-encoded) and {@code {token}} (its
         * {@link dev.campaigncrm.mail.compliance.UnsubscribeToken}, which needs {@link #unsubscribeSecret}).
         *
         * @throws IllegalArgumentException when the address or URL is not valid, or the URL is not https
         */
        public Builder listUnsubscribe(String mailto, String httpsUrl) {
            boolean noMailto = mailto == null || mailto.isBlank();
            boolean noUrl = httpsUrl == null || httpsUrl.isBlank();
            if (noMailto && noUrl) {
                throw new IllegalArgumentException("listUnsubscribe needs a mailto address, an https URL or both");
            }
            this.unsubscribeMailto = noMailto ? null : ComplianceHeaders.mailto(mailto);
            this.unsubscribeUrl = noUrl ? null : ComplianceHeaders.httpsUrl(httpsUrl);
            return this;
        }

        /** The secret of the {@code {token}} in the unsubscribe URL (at least 16 characters); never shown. */
        public Builder unsubscribeSecret(String secret) {
            this.unsubscribeSecret = dev.campaigncrm.mail.compliance.UnsubscribeToken.checkSecret(secret);
            return this;
        }

        /**
         * Whether a connection is kept for the next message (default true); false opens and closes one per
         * message, as naive senders do (for comparison in the benchmark).
         */
        public Builder reuseConnections(boolean reuse) {
            this.reuseConnections = reuse;
            return this;
        }

        /**
         * A footer appended to every body after a {@code "-- "} line: the sender's postal address (may span lines)
         * and an opt-out line (CAN-SPAM), in which {@code {unsubscribe}} stands for the recipient's unsubscribe
         * link.
         */
        public Builder footer(String postalAddress, String optOutLine) {
            ComplianceHeaders.checkFooter(postalAddress, optOutLine);
            this.footerPostal = postalAddress;
            this.footerOptOut = optOutLine;
            return this;
        }

        /**
         * Keeps a copy of every message the server accepted in this Sent folder (same {@code Message-ID}, marked
         * {@code \Seen}), as mail clients do, so that a later run can find it there; null for none (default). A copy
         * that cannot be kept is logged and never makes a sent message a failure. The folder is not closed with the
         * mailer.
         */
        public Builder copyToSentFolder(SentCopyFolder folder) {
            this.sentFolder = folder;
            return this;
        }

        /** The mailer; it connects lazily, on {@code checkReachable()} or the first send. */
        public SmtpMailer build() {
            if (username.isEmpty() != password.isEmpty()) {
                throw new IllegalArgumentException("SMTP username and password must be given together");
            }
            ComplianceHeaders compliance = ComplianceHeaders.of(replyTo, unsubscribeMailto, unsubscribeUrl,
                    unsubscribeSecret, footerPostal, footerOptOut);
            return new SmtpMailer(new SmtpSettings(host, port, username, password, tls, from, connections,
                    connectTimeout, readTimeout, clock), compliance, this);
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero() || d.toMillis() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(name + " must be positive and under 24 days, not " + d);
            }
            return d;
        }

        private static InternetAddress parseFrom(String from) {
            try {
                InternetAddress[] parsed = InternetAddress.parse(from, true);
                if (parsed.length != 1 || parsed[0].isGroup()
                        || Recipients.senderProblem(parsed[0].getAddress()).isPresent()) {
                    throw new IllegalArgumentException("sender must be one address such as"
                            + " 'Alex <alex@example.com>'");
                }
                InternetAddress a = parsed[0];
                String name = HeaderText.sanitize(a.getPersonal());
                return name.isEmpty() ? new InternetAddress(a.getAddress(), true)
                        : new InternetAddress(a.getAddress(), name, UTF_8);
            } catch (AddressException | UnsupportedEncodingException e) {
                throw new IllegalArgumentException("sender must be one address such as 'Alex <alex@example.com>'",
                        e);
            }
        }
    }
}
