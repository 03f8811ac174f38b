package dev.campaigncrm.mail.imap;

import dev.campaigncrm.mail.SentCopyFolder;
import dev.campaigncrm.mail.internal.HeaderText;
import dev.campaigncrm.mail.internal.imap.SentFolderNames;
import dev.campaigncrm.send.journal.SentFolder;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.FolderNotFoundException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.HeaderTerm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sender's Sent folder over IMAP: tells whether a message is there (searched by {@code Message-ID}), to settle
 * a lead an earlier run left uncertain, and keeps a copy of each message sent, as mail clients do.
 *
 * <p>Without an explicit folder the folder the server marks {@code \Sent} (RFC 6154) is used, else the first that
 * exists of {@link SentFolderNames#COMMON} ({@code Sent}, {@code Sent Items}, {@code Sent Messages},
 * {@code [Gmail]/Sent Mail}, …); {@link #append} creates {@code Sent} (or the folder named) when there is none.
 * One connection is kept between calls and opened again when the server dropped it; {@link #close()} ends it.
 * The password is never logged nor put in a message. Thread-safe: calls run one at a time.
 */
public final class ImapSentFolder implements SentFolder, SentCopyFolder, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ImapSentFolder.class);
    private static final String DEFAULT_NAME = "Sent";

    private final Builder config;
    private final ImapAccount account;
    private final Session session;
    private final Object lock = new Object();
    private Store store;
    private String resolved;

    private ImapSentFolder(Builder b, ImapAccount account) {
        this.config = b.copy();
        this.account = account;
        this.session = account.session();
    }

    /** A builder; host, username and password are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder set from a URI such as {@code imaps://user@host:993/Sent} (as {@link ImapReplySource#fromUri}); a
     * URI without a folder, e.g. {@code imaps://user@host}, looks for the Sent folder. The password is never part
     * of the URI: pass it separately (read it from the environment).
     *
     * @throws IllegalArgumentException when the URI is not an IMAP URI or holds a password
     */
    public static Builder fromUri(String uri, String password) {
        ImapUri u = ImapUri.parse(uri);
        Builder b = u.apply(new Builder()).password(password);
        if (!u.folder().isEmpty()) {
            b.folder(u.folder());
        }
        return b;
    }

    /** As the builder's {@link Builder#complete(boolean)} declared. */
    @Override
    public boolean complete() {
        return config.complete;
    }

    /**
     * Whether a message with this {@code Message-ID} (angle brackets optional) is in the Sent folder: an IMAP
     * {@code SEARCH HEADER Message-ID}, each hit checked for an exact match. {@link Presence#UNKNOWN} when the folder
     * cannot be read (no connection, login refused, no such folder) or this is no Message-ID, so that the caller does
     * not guess.
     */
    @Override
    public Presence contains(String messageId) {
        String wanted = bare(messageId);
        if (!wanted.matches("[^\\s<>\\p{Cntrl}]+@[^\\s<>\\p{Cntrl}]+")) {
            log.warn("not a Message-ID, not looked for in {}: '{}'", describe(), HeaderText.sanitize(wanted));
            return Presence.UNKNOWN;
        }
        synchronized (lock) {
            try {
                boolean found = withStore(s -> search(s, wanted));
                log.debug("<{}> {} in {}", wanted, found ? "found" : "not found", describe());
                return found ? Presence.FOUND : Presence.NOT_FOUND;
            } catch (MessagingException | RuntimeException e) {
                log.warn("cannot look for <{}> in {}: {}", wanted, describe(), scrub(e));
                return Presence.UNKNOWN;
            }
        }
    }

    /**
     * Appends a copy of {@code message}, as it is (same headers, same {@code Message-ID}), marked {@code \Seen}.
     *
     * @throws ImapException when it could not be appended (the message never holds the password)
     */
    public void append(MimeMessage message) {
        Objects.requireNonNull(message, "message");
        try {
            MimeMessage copy = new MimeMessage(message);
            copy.setFlag(Flags.Flag.SEEN, true);
            synchronized (lock) {
                withStore(s -> {
                    Folder folder = s.getFolder(folderName(s, true));
                    folder.appendMessages(new Message[] {copy});
                    return null;
                });
            }
        } catch (MessagingException | RuntimeException e) {
            throw new ImapException("Cannot append the message to " + describe() + ": " + scrub(e),
                    account.scrubbed(e));
        }
    }

    /** {@code imaps://user@host/Sent} (the port when not the default), or {@code … (Sent folder)}; no password. */
    public String describe() {
        String endpoint = account.endpoint();
        return config.folder.isEmpty() ? endpoint + " (Sent folder)" : endpoint + "/"
                + HeaderText.sanitize(config.folder);
    }

    @Override
    public String toString() {
        return "ImapSentFolder[" + describe() + "]";
    }

    /** Closes the connection kept between calls, if any. */
    @Override
    public void close() {
        synchronized (lock) {
            closeStore();
        }
    }

    /** An operation on a connected store. */
    @FunctionalInterface
    private interface StoreOperation<T> {
        T apply(Store store) throws MessagingException;
    }

    /** Runs {@code op} on the kept connection; once more on a new one when the kept one fails (it may be stale). */
    private <T> T withStore(StoreOperation<T> op) throws MessagingException {
        boolean reused = store != null && store.isConnected();
        if (!reused) {
            connect();
        }
        try {
            return op.apply(store);
        } catch (MessagingException | IllegalStateException e) {
            if (e instanceof FolderNotFoundException) {
                resolved = null;
            }
            if (!reused) {
                throw e;
            }
            log.debug("the kept IMAP connection to {} failed ({}); trying a new one", describe(),
                    e.getClass().getSimpleName());
            closeStore();
            connect();
            return op.apply(store);
        }
    }

    private void connect() throws MessagingException {
        closeStore();
        Store s = account.connect(session);
        store = s;
    }

    private void closeStore() {
        if (store != null) {
            try {
                store.close();
            } catch (MessagingException e) {
                log.debug("closing the IMAP connection to {} failed: {}", describe(), e.getClass().getSimpleName());
            }
            store = null;
        }
    }

    private boolean search(Store s, String wanted) throws MessagingException {
        Folder folder = s.getFolder(folderName(s, false));
        folder.open(Folder.READ_ONLY);
        try {
            for (Message m : folder.search(new HeaderTerm("Message-ID", wanted))) {
                String[] ids = m.getHeader("Message-ID");
                if (ids != null && Arrays.stream(ids).map(ImapSentFolder::bare).anyMatch(wanted::equals)) {
                    return true;
                }
            }
            return false;
        } finally {
            folder.close(false);
        }
    }

    /** The folder's full name; when {@code create}, a missing folder is created. */
    private String folderName(Store s, boolean create) throws MessagingException {
        if (!config.folder.isEmpty()) {
            if (create) {
                createIfMissing(s.getFolder(config.folder));
            }
            return config.folder;
        }
        if (resolved != null) {
            return resolved;
        }
        List<SentFolderNames.Listed> listed = new ArrayList<>();
        for (Folder f : s.getDefaultFolder().list("*")) {
            listed.add(new SentFolderNames.Listed(f.getFullName(), attributes(f)));
        }
        Optional<String> chosen = SentFolderNames.choose(listed);
        if (chosen.isPresent()) {
            log.debug("the Sent folder of {} is '{}'", describe(), HeaderText.sanitize(chosen.get()));
            resolved = chosen.get();
            return resolved;
        }
        if (!create) {
            throw new FolderNotFoundException(s.getFolder(DEFAULT_NAME), "no Sent folder (none marked \\Sent, none"
                    + " named " + String.join(", ", SentFolderNames.COMMON) + ")");
        }
        createIfMissing(s.getFolder(DEFAULT_NAME));
        resolved = DEFAULT_NAME;
        return resolved;
    }

    private void createIfMissing(Folder folder) throws MessagingException {
        if (!folder.exists()) {
            if (!folder.create(Folder.HOLDS_MESSAGES)) {
                throw new MessagingException("the server did not create the folder '"
                        + HeaderText.sanitize(folder.getFullName()) + "'");
            }
            log.info("created the folder '{}' in {}", HeaderText.sanitize(folder.getFullName()), describe());
        }
    }

    private static Set<String> attributes(Folder f) throws MessagingException {
        String[] a = f instanceof IMAPFolder imap ? imap.getAttributes() : null;
        return a == null ? Set.of() : Set.copyOf(Arrays.asList(a));
    }

    /** A Message-ID without surrounding space and angle brackets. */
    private static String bare(String id) {
        if (id == null) {
            return "";
        }
        String s = id.strip();
        if (s.startsWith("<") && s.endsWith(">")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    private String scrub(Throwable e) {
        return account.scrub(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }

    /** Builds an {@link ImapSentFolder}; {@code toString} never shows the password. */
    public static final class Builder extends ImapAccountBuilder<Builder> {
        private String folder = "";
        private boolean complete;

        private Builder() {
        }

        /**
         * Declares that the provider files every accepted SMTP submission in this folder itself (Gmail does; most
         * servers do not), so that a message not found there was not sent. Default false: not found stays uncertain.
         */
        public Builder complete(boolean providerFilesEverySubmission) {
            this.complete = providerFilesEverySubmission;
            return this;
        }

        /**
         * The folder's full name, e.g. {@code Sent Items}; by default the folder marked {@code \Sent}, else the
         * first of {@link SentFolderNames#COMMON} that exists.
         */
        public Builder folder(String folder) {
            String f = Objects.requireNonNull(folder, "folder").strip();
            if (f.isEmpty() || !HeaderText.sanitize(f).equals(f)) {
                throw new IllegalArgumentException("the folder name must not be blank nor hold control characters");
            }
            this.folder = f;
            return this;
        }

        /**
         * The Sent folder; it connects lazily, on the first call.
         *
         * @throws IllegalStateException when the host, user name or password is missing
         */
        public ImapSentFolder build() {
            return new ImapSentFolder(this, account());
        }

        @Override
        Builder self() {
            return this;
        }

        @Override
        public String toString() {
            return "ImapSentFolder.Builder[" + endpoint() + "/" + folder + "]";
        }

        private Builder copy() {
            Builder b = new Builder();
            b.complete = complete;
            b.folder = folder;
            return b;
        }
    }
}
