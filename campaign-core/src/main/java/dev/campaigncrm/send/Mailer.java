package dev.campaigncrm.send;

import dev.campaigncrm.compose.EmailDraft;
import java.util.Optional;

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

    /**
     * The {@code Message-ID} this draft will be sent with, when the mailer knows it before sending (ids derived from
     * the campaign, the lead and the step), so that a journal can record it with the intent; empty otherwise.
     * Decorators delegate to the mailer they wrap.
     */
    default Optional<String> messageIdFor(EmailDraft draft) {
        return Optional.empty();
    }

    /** Where mail goes, for logs and the report, e.g. {@code smtp://localhost:1025}; never includes a secret. */
    String describe();

    /** Releases connections. */
    @Override
    default void close() {
    }
}
