package dev.campaigncrm.mail;

import jakarta.mail.internet.MimeMessage;

/**
 * A folder that keeps a copy of each message the SMTP server accepted, as mail clients do; {@code ImapSentFolder} is
 * the one this library ships. {@link SmtpMailer} depends on this small interface, not on the IMAP package.
 */
public interface SentCopyFolder {

    /** Appends a copy of {@code message}; a RuntimeException says the copy could not be kept. */
    void append(MimeMessage message);

    /** Where the copies go, without secrets, for logs. */
    String describe();
}
