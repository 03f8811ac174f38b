package dev.campaigncrm.mail.imap;

import dev.campaigncrm.mail.bounce.BounceReport;
import dev.campaigncrm.mail.internal.HeaderText;
import dev.campaigncrm.mail.internal.imap.ImapState;
import dev.campaigncrm.mail.internal.imap.MailClassifier;
import dev.campaigncrm.mail.internal.imap.MailParser;
import dev.campaigncrm.mail.internal.imap.ParsedMail;
import dev.campaigncrm.mail.internal.imap.ReplyAssembler;
import dev.campaigncrm.mail.internal.imap.Threader;
import dev.campaigncrm.mail.internal.imap.Verdict;
import dev.campaigncrm.reply.Outreach;
import dev.campaigncrm.reply.Reply;
import dev.campaigncrm.reply.SentEmails;
import dev.campaigncrm.reply.ReplySource;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replies read from an IMAP mailbox folder, threaded to the leads mailed.
 *
 * <p>The folder is opened read-only and read by UID: flags are never changed nor relied on (a message already
 * marked {@code \Seen} by a person is still read). The folder's UIDVALIDITY and the highest UID read are kept (in
 * memory, and in a state file when one is given) so that a second run reads only new mail; when UIDVALIDITY changes
 * the whole folder is read again and messages already read are skipped by Message-ID.
 *
 * <p>Each message is classified before it is handed on: a bounce (RFC 3464 report or a common non-standard body),
 * an auto-reply (RFC 3834 and friends; out-of-office is never a bounce), or a human reply. Threaded messages become
 * {@link Reply replies} with source {@code imap}, the new text only as body, and these headers added:
 * {@code X-Campaign-Class} ({@code human}, {@code auto-reply}, {@code bounce}), {@code X-Campaign-Thread} (how it was
 * threaded), {@code X-Campaign-Bounce} (e.g. {@code hard 5.1.1}), {@code X-Campaign-Return-Date} (the return date an
 * out-of-office states, ISO {@code yyyy-MM-dd}) and {@code X-Campaign-Unsubscribe: yes}. Messages that belong to no
 * lead are logged and counted in {@link #lastRun()}, never guessed. Bounces go to the {@code onBounce} hook (hard
 * and soft, attributed or not), unsubscribe requests to the {@code onUnsubscribe} hook.
 *
 * <p>Thread-safe: collections on one instance run one at a time.
 */
public final class ImapReplySource implements ReplySource {

    private static final Logger log = LoggerFactory.getLogger(ImapReplySource.class);

    private final Builder config;
    private final ImapAccount account;
    private final Object lock = new Object();
    private ImapState state;
    private volatile ImapRunStats lastRun = ImapRunStats.EMPTY;

    private ImapReplySource(Builder b, ImapAccount account) {
        this.config = b.copy();
        this.account = account;
    }

    /** A builder; host, username and password are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder set from a URI such as {@code imaps://user@host:993/INBOX} ({@code imaps}: implicit TLS, port 993 by
     * default; {@code imap}: STARTTLS required, port 143 by default, plain only on a loopback host). A user name
     * that is an address may be written as is or with {@code %40}. The password is never part of the URI: pass it
     * separately (read it from the environment).
     *
     * @throws IllegalArgumentException when the URI is not an IMAP URI or holds a password
     */
    public static Builder fromUri(String uri, String password) {
        ImapUri u = ImapUri.parse(uri);
        return u.apply(new Builder()).folder(u.folder().isEmpty() ? "INBOX" : u.folder()).password(password);
    }

    /**
     * Reads the mailbox against the sent emails given as a stream: the threader's index keeps each sent email without
     * its body or the lead's other fields ({@link Outreach#forReplies}), so a large campaign's bodies are never held.
     */
    @Override
    public List<Reply> collect(SentEmails sent) {
        Objects.requireNonNull(sent, "sent");
        List<Outreach> index = new ArrayList<>();
        sent.forEach(o -> {
            if (o != null && o.send() != null && o.send().isSent()) {
                index.add(o.forReplies());
            }
        });
        return collect(index);
    }

    @Override
    public List<Reply> collect(List<Outreach> sent) {
        Objects.requireNonNull(sent, "sent");
        synchronized (lock) {
            Threader threader = new Threader(sent);
            List<Reply> replies = new ArrayList<>();
            ImapRunStats total = ImapRunStats.EMPTY;
            Instant end = config.clock.instant().plus(config.deadline);
            while (true) {
                total = total.plus(readOnce(threader, replies));
                Duration remaining = Duration.between(config.clock.instant(), end);
                if (config.deadline.isZero() || remaining.isNegative() || remaining.isZero()) {
                    break;
                }
                if (!pause(remaining.compareTo(config.interval) < 0 ? remaining : config.interval)) {
                    break;
                }
            }
            lastRun = total;
            return List.copyOf(replies);
        }
    }

    /** What the last {@link #collect} found (over all polls of it). */
    public ImapRunStats lastRun() {
        return lastRun;
    }

    /** {@code imap://user@host/INBOX} ({@code imaps} for implicit TLS, the port when not the default): no password. */
    @Override
    public String describe() {
        return account.endpoint() + "/" + HeaderText.sanitize(config.folder);
    }

    /** The key the state file is kept under: user, host, port and folder. */
    private String mailboxKey() {
        return HeaderText.sanitize(account.username()).toLowerCase(Locale.ROOT) + "@"
                + account.host().toLowerCase(Locale.ROOT) + ":" + account.port() + "/"
                + HeaderText.sanitize(config.folder);
    }

    @Override
    public String toString() {
        return describe();
    }

    private boolean pause(Duration d) {
        try {
            Thread.sleep(Math.max(1, d.toMillis()));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private ImapRunStats readOnce(Threader threader, List<Reply> replies) {
        ImapState before = loadState();
        Tally tally = new Tally();
        Set<String> newIds = new LinkedHashSet<>();
        long maxUid = 0;
        long validity;
        List<Runnable> hooks = new ArrayList<>();
        try (Store store = account.connect(account.session())) {
            Folder folder = store.getFolder(config.folder);
            folder.open(Folder.READ_ONLY);
            try {
                UIDFolder uids = (UIDFolder) folder;
                validity = uids.getUIDValidity();
                boolean same = validity == before.uidValidity();
                if (!same && before.uidValidity() != -1) {
                    log.warn("UIDVALIDITY of {} changed ({} -> {}): reading the folder again, skipping messages "
                            + "already read by Message-ID", describe(), before.uidValidity(), validity);
                }
                long from = same ? before.lastUid() + 1 : 1;
                Message[] messages = uids.getMessagesByUID(from, UIDFolder.MAXUID);
                FetchProfile fp = new FetchProfile();
                fp.add(UIDFolder.FetchProfileItem.UID);
                fp.add(FetchProfile.Item.SIZE);
                folder.fetch(messages, fp);
                for (Message m : messages) {
                    long uid = uids.getUID(m);
                    if (uid < from) {
                        continue; // "n:*" always returns the last message, even when its UID is below n
                    }
                    maxUid = Math.max(maxUid, uid);
                    handle(uid, m, before, newIds, threader, replies, hooks, tally);
                }
            } finally {
                folder.close(false);
            }
        } catch (MessagingException e) {
            throw new ImapException("Cannot read replies from " + describe() + ": " + account.scrub(e.getMessage()),
                    account.scrubbed(e));
        }
        hooks.forEach(Runnable::run);
        ImapState after = before.advance(validity, maxUid, newIds);
        state = after;
        config.stateFile.ifPresent(file -> save(after, file));
        ImapRunStats stats = tally.stats();
        log.info("read {} new message(s) from {}: {} threaded, {} unmatched, {} human, {} auto-replies, {} bounces "
                        + "({} hard, {} soft), {} duplicate(s) skipped", stats.read(), describe(), stats.threaded(),
                stats.unmatched(), stats.human(), stats.autoReplies(), stats.bounces(), stats.hardBounces(),
                stats.softBounces(), stats.duplicates());
        return stats;
    }

    private void handle(long uid, Message m, ImapState before, Set<String> newIds, Threader threader,
                        List<Reply> replies, List<Runnable> hooks, Tally tally) {
        ParsedMail mail;
        try {
            mail = MailParser.parse(copy(m), received(m));
        } catch (MessagingException | IOException | RuntimeException e) {
            log.warn("message UID {} in {} could not be parsed and was skipped: {}", uid, describe(),
                    e.getClass().getSimpleName());
            tally.unreadable++;
            return;
        }
        String key = mail.messageId().isEmpty() ? syntheticId(mail) : mail.messageId();
        if (before.seenIds().contains(key) || !newIds.add(key)) {
            tally.duplicates++;
            return;
        }
        tally.read++;
        Verdict verdict = MailClassifier.classify(mail);
        Optional<Threader.Match> match;
        if (verdict instanceof Verdict.Bounce b) {
            match = threader.bounce(b.bounce(), mail);
            tally.bounces++;
            List<BounceReport> reports = ReplyAssembler.bounceReports(b.bounce(), match);
            if (reports.stream().anyMatch(BounceReport::hard)) {
                tally.hard++;
            } else {
                tally.soft++;
            }
            reports.forEach(r -> hooks.add(() -> config.onBounce.accept(r)));
        } else if (verdict instanceof Verdict.Human h) {
            match = threader.reply(mail, h.unsubscribe());
            if (match.isPresent()) {
                tally.human++;
                if (h.unsubscribe()) {
                    tally.unsubscribes++;
                    String email = Threader.email(match.get().outreach());
                    hooks.add(() -> config.onUnsubscribe.accept(email));
                }
            }
        } else {
            match = threader.reply(mail, false);
            tally.auto++;
        }
        if (match.isEmpty()) {
            tally.unmatched++;
            log.info("message UID {} in {} ({}) from {} with subject '{}' belongs to no lead of this campaign",
                    uid, describe(), verdict.label(), shorten(mail.from()), shorten(mail.subject()));
            return;
        }
        tally.threaded++;
        replies.add(ReplyAssembler.reply(mail, verdict, match.get()));
    }

    private MimeMessage copy(Message m) throws MessagingException, IOException {
        int size = m.getSize();
        if (size > config.maxMessageBytes) {
            StringBuilder head = new StringBuilder();
            for (Enumeration<String> e = ((MimeMessage) m).getAllHeaderLines(); e.hasMoreElements(); ) {
                head.append(e.nextElement()).append("\r\n");
            }
            head.append("\r\n");
            log.debug("message of {} bytes: headers only", size);
            return new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(head.toString().getBytes(StandardCharsets.ISO_8859_1)));
        }
        return new MimeMessage((MimeMessage) m);
    }

    private static Instant received(Message m) {
        try {
            return m.getReceivedDate() == null ? null : m.getReceivedDate().toInstant();
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String syntheticId(ParsedMail mail) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String basis = mail.from() + "\n" + mail.date() + "\n" + mail.subject() + "\n" + mail.newText();
            return "no-message-id:" + HexFormat.of().formatHex(sha.digest(basis.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private ImapState loadState() {
        if (state != null) {
            return state;
        }
        if (config.stateFile.isEmpty()) {
            return ImapState.fresh(mailboxKey());
        }
        try {
            return ImapState.load(config.stateFile.get(), mailboxKey());
        } catch (IOException e) {
            throw new ImapException("Cannot read the IMAP state file " + config.stateFile.get() + ": "
                    + e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new ImapException(e.getMessage(), e);
        }
    }

    private static void save(ImapState s, Path file) {
        try {
            s.save(file);
        } catch (IOException e) {
            throw new ImapException("Cannot write the IMAP state file " + file + ": " + e.getMessage(), e);
        }
    }


    private static String shorten(String s) {
        String one = HeaderText.sanitize(s);
        return one.length() > 80 ? one.substring(0, 80) + "…" : one;
    }

    /** Counters of one read. */
    private static final class Tally {
        int read;
        int duplicates;
        int threaded;
        int unmatched;
        int human;
        int auto;
        int bounces;
        int hard;
        int soft;
        int unsubscribes;
        int unreadable;

        ImapRunStats stats() {
            return new ImapRunStats(read, duplicates, threaded, unmatched, human, auto, bounces, hard, soft,
                    unsubscribes, unreadable);
        }
    }

    /** Builds an {@link ImapReplySource}; {@code toString} never shows the password. */
    public static final class Builder extends ImapAccountBuilder<Builder> {
        private String folder = "INBOX";
        private Optional<Path> stateFile = Optional.empty();
        private Duration deadline = Duration.ZERO;
        private Duration interval = Duration.ofSeconds(30);
        private long maxMessageBytes = 10L * 1024 * 1024;
        private Clock clock = Clock.systemUTC();
        private Consumer<BounceReport> onBounce = r -> { };
        private Consumer<String> onUnsubscribe = e -> { };

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /** The folder to read; default {@code INBOX}. */
        public Builder folder(String folder) {
            this.folder = Objects.requireNonNull(folder, "folder").strip();
            return this;
        }

        /** Where UIDVALIDITY, the last UID and the Message-IDs read are kept between runs (one file per folder). */
        public Builder stateFile(Path file) {
            this.stateFile = Optional.of(Objects.requireNonNull(file, "file"));
            return this;
        }

        /** Read the folder once per {@link #collect} (the default). */
        public Builder once() {
            this.deadline = Duration.ZERO;
            return this;
        }

        /** Read the folder again every {@code interval} until {@code deadline} has passed since the collect began. */
        public Builder pollUntil(Duration deadline, Duration interval) {
            if (deadline.isNegative() || interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("the deadline must not be negative and the interval positive");
            }
            this.deadline = deadline;
            this.interval = interval;
            return this;
        }

        /** Messages larger than this are read by their headers only; default 10 MiB. */
        public Builder maxMessageBytes(long bytes) {
            this.maxMessageBytes = bytes;
            return this;
        }

        /** The clock for the polling deadline; default the system clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Called with every bounce read (hard and soft; attributed to a lead or not), e.g. to feed a suppression list. */
        public Builder onBounce(Consumer<BounceReport> hook) {
            this.onBounce = Objects.requireNonNull(hook, "hook");
            return this;
        }

        /** Called with the lead's address for every threaded reply that asks to unsubscribe. */
        public Builder onUnsubscribe(Consumer<String> hook) {
            this.onUnsubscribe = Objects.requireNonNull(hook, "hook");
            return this;
        }

        /**
         * The source.
         *
         * @throws IllegalStateException when the host, user name or password is missing
         */
        public ImapReplySource build() {
            ImapAccount account = account();
            if (folder.isEmpty()) {
                throw new IllegalStateException("the IMAP folder name is empty");
            }
            return new ImapReplySource(this, account);
        }

        @Override
        public String toString() {
            return "ImapReplySource.Builder[" + endpoint() + "/" + HeaderText.sanitize(folder) + "]";
        }

        private Builder copy() {
            Builder b = new Builder();
            b.folder = folder;
            b.stateFile = stateFile;
            b.deadline = deadline;
            b.interval = interval;
            b.maxMessageBytes = maxMessageBytes;
            b.clock = clock;
            b.onBounce = onBounce;
            b.onUnsubscribe = onUnsubscribe;
            return b;
        }
    }
}
