package dev.campaigncrm.examples;

import dev.campaigncrm.mail.SmtpMailer;
import dev.campaigncrm.mail.compliance.FileSuppressionList;
import dev.campaigncrm.mail.compliance.SuppressingMailer;
import dev.campaigncrm.mail.imap.ImapSentFolder;
import dev.campaigncrm.mail.throttle.ThrottledMailer;
import dev.campaigncrm.run.CampaignException;
import dev.campaigncrm.send.Mailer;
import dev.campaigncrm.send.journal.JournalEvent;
import dev.campaigncrm.send.journal.JournalRecord;
import dev.campaigncrm.send.journal.JournaledMailer;
import dev.campaigncrm.send.journal.SendJournal;
import dev.campaigncrm.store.CampaignStore;
import dev.campaigncrm.store.SharedSendLimits;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The example's production sending path, innermost first: an {@link SmtpMailer} from the {@code SMTP_*} variables
 * with Message-IDs derived from the campaign and the lead, Reply-To, List-Unsubscribe and a CAN-SPAM footer; a
 * {@link SuppressingMailer} over the do-not-contact file, so that a suppressed address never reaches the server; and a
 * {@link JournaledMailer} (outermost) so that a re-run of the same campaign mails no lead twice. A rate or window
 * ({@link ThrottledMailer}) is the journal's gate: each message waits for its turn before its intent is written, so
 * a run killed while messages wait leaves them unsent rather than uncertain.
 *
 * <p>The journal is outside the suppression check on purpose: a lead an earlier run sent keeps its recorded
 * "sent" result (and its replies stay threaded) even when its address was suppressed since, e.g. after its hard
 * bounce; a lead never sent whose address is suppressed is journaled {@code SKIPPED} with the reason, and checked
 * again on the next run.
 */
final class SendingSetup implements AutoCloseable {

    /** The opt-out line when the email carries an unsubscribe link or address. */
    static final String OPT_OUT_LINK = "Not interested? Unsubscribe here: {unsubscribe}";
    /** The opt-out line when there is no unsubscribe link: a reply is enough. */
    static final String OPT_OUT_REPLY = "Not interested? Reply \"unsubscribe\" and we will not email you again.";

    private final Mailer mailer;
    private final Set<String> sentEarlier;
    private final String journal;

    private final Optional<ImapSentFolder> sentFolder;

    private SendingSetup(Mailer mailer, Set<String> sentEarlier, String journal,
                         Optional<ImapSentFolder> sentFolder) {
        this.mailer = mailer;
        this.sentFolder = sentFolder;
        this.sentEarlier = sentEarlier;
        this.journal = journal;
    }

    /** The SMTP mailer of this run: the environment's server and sender, the campaign's id, the compliance options. */
    static SmtpMailer smtp(Map<String, String> smtpEnv, String campaignId, AppOptions.Mail m, Clock clock) {
        try {
            SmtpMailer.Builder b = SmtpMailer.builderFromEnvironment(smtpEnv).campaignId(campaignId)
                    .replyTo(m.replyTo()).clock(clock);
            boolean unsubscribe = m.unsubscribeUrl() != null || m.unsubscribeMail() != null;
            if (unsubscribe) {
                b.listUnsubscribe(m.unsubscribeMail(), m.unsubscribeUrl());
                String secret = smtpEnv.get("UNSUBSCRIBE_SECRET");
                if (secret != null && !secret.isBlank()) {
                    b.unsubscribeSecret(secret);
                }
            }
            if (m.postalAddress() != null) {
                b.footer(m.postalAddress(), unsubscribe ? OPT_OUT_LINK : OPT_OUT_REPLY);
            }
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new CampaignException("The mail settings are not usable: " + e.getMessage()
                    + (e.getMessage().contains("secret") ? " (set UNSUBSCRIBE_SECRET to at least 16 characters"
                    + " for {token} in --unsubscribe-url)" : ""), e);
        }
    }

    /**
     * The whole chain around {@code smtp}, with the journal at {@code WORKDIR/output/send_journal.log}; the
     * suppression list is the caller's (it stays open for phase two, which adds bounces and unsubscribes to it).
     *
     * @throws CampaignException when another run holds the journal, or it cannot be opened
     */
    static SendingSetup open(SmtpMailer smtp, String campaignId, AppOptions o, FileSuppressionList suppressions,
                             Map<String, String> env) {
        Path journal = journalFile(o);
        try {
            Set<String> earlier = sentBefore(journal, campaignId);
            JournaledMailer.Builder b = JournaledMailer.builder(new SuppressingMailer(smtp, suppressions), journal,
                    campaignId);
            return chain(b, smtp, campaignId, o, env, earlier, journal.toString(), Optional.empty());
        } catch (IllegalStateException | UncheckedIOException e) {
            throw new CampaignException("Cannot use the send journal " + journal + ": " + e.getMessage(), e);
        }
    }

    /**
     * The same chain for a sequence, journaled in the campaign store's ledger: one intent and one outcome per
     * (campaign, lead, step, attempt), so a re-run on the same day sends nothing twice.
     *
     * @throws CampaignException when the campaign was already sent as a one-email campaign from the file journal in
     *                           this working directory (a sequence under the same id would mail everyone again)
     */
    static SendingSetup open(SmtpMailer smtp, String campaignId, AppOptions o, FileSuppressionList suppressions,
                             Map<String, String> env, CampaignStore store) {
        Path journal = journalFile(o);
        if (Files.exists(journal) && store.leadIds(campaignId).isEmpty() && !sentBefore(journal, campaignId).isEmpty()) {
            throw new CampaignException("Campaign " + campaignId + " was sent as one email per lead (" + journal
                    + "), not as a sequence: start the sequence under a new --campaign-id, or in another --workdir");
        }
        JournaledMailer.Builder b = JournaledMailer.builder(new SuppressingMailer(smtp, suppressions), store.ledger(),
                campaignId);
        return chain(b, smtp, campaignId, o, env, Set.of(), store.describe(), Optional.of(store));
    }

    private static Path journalFile(AppOptions o) {
        return o.workdir().resolve("output").resolve("send_journal.log");
    }

    /**
     * The journal's options: uncertain sends, the throttle as its gate, the Sent folder that settles them. With a
     * campaign store, {@code --rate} is counted in the store's send slots, so that it holds for all the workers of the
     * campaign together; the sending window stays with each worker's throttle (the clock alone decides it).
     */
    private static SendingSetup chain(JournaledMailer.Builder b, SmtpMailer smtp, String campaignId, AppOptions o,
                                      Map<String, String> env, Set<String> earlier, String journal,
                                      Optional<CampaignStore> store) {
        b.resendUncertain(o.mail().resendUncertain()); // records each derived Message-ID before sending
        if (store.isPresent() && (o.mail().perSecond() > 0 || o.mail().perDomain() != null)) {
            SharedSendLimits.Builder shared = SharedSendLimits.builder(store.get().sendSlots(), campaignId);
            if (o.mail().perSecond() > 0) {
                shared.messagesPerSecond(o.mail().perSecond());
            }
            if (o.mail().perDomain() != null) {
                shared.perDomain(o.mail().perDomain().max(), o.mail().perDomain().period());
            }
            throttle(smtp, o.mail().withoutSharedLimits()).ifPresent(shared::first);
            b.gate(shared.build()); // waits before the intent: a kill while waiting leaves leads unsent
        } else {
            throttle(smtp, o.mail()).ifPresent(b::gate); // waits before the intent: a kill while waiting leaves leads unsent
        }
        Optional<ImapSentFolder> sent = sentFolder(o.mail().imap(), env);
        sent.ifPresent(b::sentFolder);
        return new SendingSetup(b.build(), earlier, journal, sent);
    }

    /**
     * With {@code --imap}, the same account's Sent folder settles the leads an interrupted run may or may not have
     * sent: found there, they count as sent; not found, they are sent now.
     */
    private static Optional<ImapSentFolder> sentFolder(String imapUri, Map<String, String> env) {
        String password = env.get("IMAP_PASSWORD");
        if (imapUri == null || password == null || password.isEmpty()) {
            return Optional.empty();
        }
        int authority = imapUri.indexOf("://") + 3;
        int path = imapUri.indexOf('/', authority);
        String account = path < 0 ? imapUri : imapUri.substring(0, path); // the folder may hold spaces ("Sent Items")
        return Optional.of(ImapSentFolder.fromUri(account, password).build());
    }

    /** The rate and window as a gate the journal asks before each intent; empty when none was asked for. */
    private static Optional<ThrottledMailer> throttle(Mailer smtp, AppOptions.Mail m) {
        if (m.perSecond() <= 0 && m.window() == null && m.perDomain() == null) {
            return Optional.empty();
        }
        ThrottledMailer.Builder b = ThrottledMailer.builder(smtp);
        if (m.perSecond() > 0) {
            b.messagesPerSecond(m.perSecond());
        }
        if (m.perDomain() != null) {
            b.perDomain(m.perDomain().max(), m.perDomain().period());
        }
        if (m.window() != null) {
            b.sendingWindow(m.window()).waitForWindow(false); // skipped now, sent by the same command run later
        }
        return Optional.of(b.build());
    }

    /** The leads the journal shows as sent for this campaign before this run. */
    private static Set<String> sentBefore(Path journal, String campaignId) {
        try (SendJournal j = SendJournal.open(journal)) {
            Map<String, JournalEvent> latest = new HashMap<>();
            for (JournalRecord r : j.records()) {
                if (r.campaignId().equals(campaignId)) {
                    latest.put(r.leadId(), r.event());
                }
            }
            return latest.entrySet().stream().filter(e -> e.getValue() == JournalEvent.SENT).map(Map.Entry::getKey)
                    .collect(Collectors.toUnmodifiableSet());
        }
    }

    /** The outermost mailer: journal, suppression list, throttle, SMTP. */
    Mailer mailer() {
        return mailer;
    }

    /** The ids of the leads an earlier run of this campaign already sent (this run returns their recorded result). */
    Set<String> sentEarlier() {
        return sentEarlier;
    }

    /** Where the sends are journaled: the journal file, or the campaign store. */
    String journal() {
        return journal;
    }

    /** Closes the chain (the SMTP connections and the journal). */
    @Override
    public void close() {
        mailer.close();
        sentFolder.ifPresent(ImapSentFolder::close);
    }
}
