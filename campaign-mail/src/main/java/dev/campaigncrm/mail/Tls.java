package dev.campaigncrm.mail;

/** How the SMTP connection is protected. */
public enum Tls {
    /** Plain SMTP, e.g. MailHog on port 1025. */
    NONE,
    /** Plain connection upgraded with STARTTLS; sending fails if the server does not offer it (port 587). */
    STARTTLS,
    /**
     * STARTTLS when the server offers it, plain otherwise (opportunistic). Only for servers you trust on the path:
     * an attacker who strips the offer downgrades the connection, so a password is better sent with {@link #STARTTLS}.
     */
    STARTTLS_OPPORTUNISTIC,
    /** TLS from the first byte (SMTPS, port 465). */
    IMPLICIT
}
