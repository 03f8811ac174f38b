package dev.campaigncrm.send.journal;

import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.send.Mailer;
import dev.campaigncrm.send.SendResult;
import dev.campaigncrm.send.SendStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes any {@link Mailer} send each lead of a campaign at most once, across crashes and re-runs: an intent is
 * written to the {@link SendJournal} (and forced to disk) before the message is handed over and the outcome after.
 * A re-run returns the recorded result of every lead already sent, without sending; a lead whose intent has no
 * outcome (the run was killed mid-send) is settled by a {@link SentFolder} when one is given, else reported
 * {@link SendStatus#UNCERTAIN} and not resent unless {@link Builder#resendUncertain(boolean)} asks for it. The same
 * lead is never sent by two threads at once. Thread-safe.
 */
public final class JournaledMailer implements Mailer {

    private static final Logger log = LoggerFactory.getLogger(JournaledMailer.class);
    private static final String STOPPED_MID_SEND = "sent or not: an earlier run stopped mid-send; not resent";

    private final Mailer mailer;
    private final SendLedger journal;
    private final boolean ownsLedger;
    private final String campaignId;
    private final boolean resendUncertain;
    private final SentFolder sentFolder;
    private final SendGate gate;
    private final Function<EmailDraft, Optional<String>> messageIdFor;
    private final Clock clock;
    private final Map<String, ReentrantLock> leadLocks = new ConcurrentHashMap<>();

    private JournaledMailer(Builder b, SendLedger journal, boolean ownsLedger) {
        this.mailer = b.mailer;
        this.journal = journal;
        this.ownsLedger = ownsLedger;
        this.campaignId = b.campaignId;
        this.resendUncertain = b.resendUncertain;
        this.sentFolder = b.sentFolder;
        this.gate = b.gate;
        this.messageIdFor = b.messageIdFor;
        this.clock = b.clock;
    }

    /**
     * {@code mailer} journaled in {@code journalFile} for {@code campaignId}, with the defaults: uncertain leads
     * are not resent, no Sent folder.
     *
     * @throws java.io.UncheckedIOException when the journal cannot be opened
     * @throws IllegalStateException        when another run has the journal open
     */
    public static JournaledMailer wrap(Mailer mailer, Path journalFile, String campaignId) {
        return builder(mailer, journalFile, campaignId).build();
    }

    /** A builder for {@code mailer} journaled in {@code journalFile} for {@code campaignId}. */
    public static Builder builder(Mailer mailer, Path journalFile, String campaignId) {
        return new Builder(mailer, Objects.requireNonNull(journalFile, "journalFile"), null, campaignId);
    }

    /**
     * A builder for {@code mailer} recording in {@code ledger} (e.g. a campaign store's) for {@code campaignId}; the
     * ledger stays open when the mailer is closed.
     */
    public static Builder builder(Mailer mailer, SendLedger ledger, String campaignId) {
        return new Builder(mailer, null, Objects.requireNonNull(ledger, "ledger"), campaignId);
    }

    /** Delegates to the wrapped mailer. */
    @Override
    public void checkReachable() {
        mailer.checkReachable();
    }

    /**
     * Sends {@code draft} unless the journal shows its lead was sent (the recorded result is returned) or may have
     * been (uncertain); records intent and outcome around the actual send. Never throws for one lead's failure.
     */
    @Override
    public SendResult send(EmailDraft draft) {
        Objects.requireNonNull(draft, "draft");
        String leadId = Objects.requireNonNull(draft.leadId(), "draft.leadId");
        ReentrantLock lock = leadLocks.computeIfAbsent(draft.step().key(leadId), k -> new ReentrantLock());
        lock.lock();
        try {
            return sendOnce(draft);
        } finally {
            lock.unlock();
        }
    }

    private SendResult sendOnce(EmailDraft draft) {
        String leadId = draft.leadId();
        int step = draft.step().number();
        int attempt = draft.step().attempt();
        Optional<JournalRecord> prior = journal.latest(campaignId, leadId, step, attempt);
        if (prior.isPresent()) {
            JournalRecord p = prior.get();
            if (p.event() == JournalEvent.SENT && !p.email().equalsIgnoreCase(draft.to().strip())) {
                // the same lead id now names another address (e.g. ids given by line number and the file edited):
                // neither claim the new person was mailed nor mail them under the old record
                log.warn("lead {}: the journal has it sent to another address; not sent", leadId);
                return SendResult.failed(leadId, draft.to(), clock.instant(), "journal conflict: lead " + leadId
                        + " was sent to " + p.email() + " by an earlier run of campaign " + campaignId
                        + "; it now has another address (give leads stable ids, or use a new campaign id)");
            }
            if (p.event() == JournalEvent.SENT) {
                log.info("lead {}: already sent by an earlier run ({} at {}); not sent again", leadId, p.messageId(),
                        p.at());
                return SendResult.sent(leadId, p.email(), p.at(), p.messageId());
            }
            if (p.event() == JournalEvent.INTENT || p.event() == JournalEvent.UNCERTAIN) {
                Optional<SendResult> settled = settle(draft, p);
                if (settled.isPresent()) {
                    return settled.get();
                }
            }
        }
        return journaledSend(draft);
    }

    /** A result for an uncertain lead, or empty when it should be sent (again). */
    private Optional<SendResult> settle(EmailDraft draft, JournalRecord p) {
        String leadId = draft.leadId();
        SentFolder.Presence found = lookUp(p.messageId());
        if (found == SentFolder.Presence.FOUND) {
            Instant now = clock.instant();
            log.info("lead {}: an earlier run stopped mid-send and {} is in the Sent folder: counted as sent",
                    leadId, p.messageId());
            record(new JournalRecord(campaignId, leadId, p.step(), p.attempt(), p.email(), p.messageId(),
                    JournalEvent.SENT, now,
                    "found in the Sent folder"));
            return Optional.of(SendResult.sent(leadId, p.email(), now, p.messageId()));
        }
        if (found == SentFolder.Presence.NOT_FOUND && sentFolder.complete()) {
            log.info("lead {}: an earlier run stopped mid-send and {} is not in the Sent folder: sending", leadId,
                    p.messageId());
            return Optional.empty();
        }
        if (resendUncertain) {
            log.warn("lead {}: an earlier run stopped mid-send; sending again as asked (it may arrive twice)",
                    leadId);
            return Optional.empty();
        }
        String reason = (p.event() == JournalEvent.UNCERTAIN && !p.reason().isEmpty() ? p.reason()
                : STOPPED_MID_SEND) + (found == SentFolder.Presence.NOT_FOUND
                ? "; not in the Sent folder either, which may lack a message accepted just before the stop" : "");
        log.warn("lead {}: {}", leadId, reason);
        return Optional.of(SendResult.uncertain(leadId, draft.to(), clock.instant(), p.messageId(), reason));
    }

    private SentFolder.Presence lookUp(String messageId) {
        if (sentFolder == null || messageId.isEmpty()) {
            return SentFolder.Presence.UNKNOWN;
        }
        try {
            return Objects.requireNonNullElse(sentFolder.contains(messageId), SentFolder.Presence.UNKNOWN);
        } catch (RuntimeException e) {
            log.warn("looking for {} in the Sent folder failed: {}", messageId, e.toString());
            return SentFolder.Presence.UNKNOWN;
        }
    }

    private SendResult journaledSend(EmailDraft draft) {
        String leadId = draft.leadId();
        String expectedId = messageIdFor.apply(draft).orElse("");
        if (gate != null) {
            // wait for the message's turn BEFORE the intent: a run killed while waiting leaves it unsent, not uncertain
            Optional<SendResult> refused = gate.admit(draft);
            if (refused.isPresent()) {
                SendResult r = refused.get();
                record(new JournalRecord(campaignId, leadId, draft.step().number(), draft.step().attempt(),
                        draft.to(), expectedId,
                        r.status() == SendStatus.SKIPPED ? JournalEvent.SKIPPED : JournalEvent.FAILED, r.at(),
                        r.error()));
                return r;
            }
        }
        try {
            journal.append(new JournalRecord(campaignId, leadId, draft.step().number(), draft.step().attempt(),
                    draft.to(), expectedId, JournalEvent.INTENT, clock.instant(), ""));
        } catch (IOException e) {
            return SendResult.failed(leadId, draft.to(), clock.instant(), "not sent: cannot write the send journal "
                    + journal.describe() + " (" + e.getMessage() + ")");
        }
        SendResult result;
        try {
            result = mailer.send(draft);
        } catch (RuntimeException e) {
            result = SendResult.failed(leadId, draft.to(), clock.instant(), "sending failed: " + e);
        }
        JournalEvent outcome = switch (result.status()) {
            case SENT -> JournalEvent.SENT;
            case FAILED -> JournalEvent.FAILED;
            case SKIPPED -> JournalEvent.SKIPPED;
            case UNCERTAIN -> JournalEvent.UNCERTAIN;
        };
        String messageId = result.messageId().isEmpty() ? expectedId : result.messageId();
        record(new JournalRecord(campaignId, leadId, draft.step().number(), draft.step().attempt(), draft.to(),
                messageId, outcome, result.at(), result.error()));
        if (gate != null) {
            gate.settled(result);
        }
        return result;
    }

    /** Appends; a failure to record an outcome is logged (the lead then counts as uncertain on a re-run). */
    private void record(JournalRecord r) {
        try {
            journal.append(r);
        } catch (IOException e) {
            log.error("cannot record {} for lead {} in the send journal {}: {}", r.event(), r.leadId(),
                    journal.describe(), e.toString());
        }
    }

    /** The wrapped mailer's description and the journal file. */
    @Override
    public String describe() {
        String limits = gate == null ? "" : gate.limits();
        return mailer.describe() + (limits.isEmpty() ? "" : " (" + limits + ")") + " (journal " + journal.describe() + ")";
    }

    /** Closes the wrapped mailer, and the journal file when this mailer opened it. */
    @Override
    public void close() {
        try {
            mailer.close();
        } finally {
            if (ownsLedger && journal instanceof SendJournal file) {
                file.close();
            }
        }
    }

    /** Configures a {@link JournaledMailer}. */
    public static final class Builder {

        private final Mailer mailer;
        private final Path journalFile;
        private final SendLedger ledger;
        private final String campaignId;
        private boolean resendUncertain;
        private SentFolder sentFolder;
        private SendGate gate;
        private Function<EmailDraft, Optional<String>> messageIdFor;
        private Clock clock = Clock.systemUTC();

        private Builder(Mailer mailer, Path journalFile, SendLedger ledger, String campaignId) {
            this.mailer = Objects.requireNonNull(mailer, "mailer");
            this.journalFile = journalFile;
            this.ledger = ledger;
            this.campaignId = Objects.requireNonNull(campaignId, "campaignId");
            if (campaignId.isBlank()) {
                throw new IllegalArgumentException("campaignId must not be blank");
            }
            this.messageIdFor = mailer::messageIdFor;
        }

        /** Whether a lead an earlier run left uncertain is sent again (default false: reported, not resent). */
        public Builder resendUncertain(boolean resend) {
            this.resendUncertain = resend;
            return this;
        }

        /**
         * Waits for each message's turn (e.g. a {@code ThrottledMailer}'s rate and window) before its intent is
         * written, so that a run killed while messages wait leaves them unsent rather than uncertain.
         */
        public Builder gate(SendGate gate) {
            this.gate = Objects.requireNonNull(gate, "gate");
            return this;
        }

        /** Where to look for the message of a lead an earlier run left uncertain (default: nowhere). */
        public Builder sentFolder(SentFolder folder) {
            this.sentFolder = Objects.requireNonNull(folder, "folder");
            return this;
        }

        /**
         * How to know a lead's Message-ID before sending, recorded with the intent so that a Sent folder can be
         * searched for it; by default {@link Mailer#messageIdFor} of the wrapped mailer.
         */
        public Builder messageIdFor(Function<EmailDraft, Optional<String>> messageIdFor) {
            this.messageIdFor = Objects.requireNonNull(messageIdFor, "messageIdFor");
            return this;
        }

        /** The clock of the journal's times (default UTC system clock). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The mailer, with the journal open.
         *
         * @throws java.io.UncheckedIOException when the journal cannot be opened
         * @throws IllegalStateException        when another run has the journal open
         */
        public JournaledMailer build() {
            return ledger != null ? new JournaledMailer(this, ledger, false)
                    : new JournaledMailer(this, SendJournal.open(journalFile), true);
        }
    }
}
