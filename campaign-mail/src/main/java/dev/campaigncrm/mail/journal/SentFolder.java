package dev.campaigncrm.mail.journal;

import java.util.Optional;

/**
 * Tells whether a message reached the sender's Sent folder (e.g. searched over IMAP by Message-ID), to settle a
 * lead an earlier run left uncertain.
 */
@FunctionalInterface
public interface SentFolder {

    /** True when a message with {@code messageId} is there, false when it is not, empty when it cannot tell. */
    Optional<Boolean> contains(String messageId);
}
