package dev.campaigncrm.send;

import dev.campaigncrm.compose.EmailDraft;

/** Step three of the campaign: delivers drafts. Implementations are safe to call from many threads at once. */
public interface Mailer extends AutoCloseable {

    /**
     * Checks, before anything is sent, that mail can be delivered at all, so that an unreachable server is one
     * clear error instead of one per lead.
     *
     * @throws MailerUnavailableException naming the server and what to start or configure
     */
    default void checkReachable() {
    }

    /** Sends one draft; a per-lead failure is returned as a {@link SendStatus#FAILED} result, never thrown. */
    SendResult send(EmailDraft draft);

    /** Where mail goes, for logs and the report, e.g. {@code smtp://localhost:1025}; never includes a secret. */
    String describe();

    /** Releases connections. */
    @Override
    default void close() {
    }
}
