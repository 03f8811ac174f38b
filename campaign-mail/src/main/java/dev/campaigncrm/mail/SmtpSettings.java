package dev.campaigncrm.mail;

import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;

/**
 * Validated SMTP configuration.
 *
 * @param host           server host name or address
 * @param port           server port
 * @param username       login name, empty for no AUTH
 * @param password       login password, empty for no AUTH; never printed
 * @param tls            connection protection
 * @param from           the sender mailbox
 * @param connections    the most connections kept open at once
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long to wait for each server reply
 * @param clock          the source of the {@code Date} header and result times
 */
record SmtpSettings(String host, int port, String username, String password, Tls tls, InternetAddress from,
                           int connections, Duration connectTimeout, Duration readTimeout, Clock clock) {

    /** True when the mailer logs in. */
    public boolean authenticates() {
        return !username.isEmpty();
    }

    /** {@code smtp://host:port}, bracketing IPv6 literals. */
    public String endpoint() {
        return "smtp://" + hostPort();
    }

    /** {@code host:port}, bracketing IPv6 literals. */
    public String hostPort() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    /** Jakarta Mail session properties for these settings (no credentials in them). */
    public Properties sessionProperties(String heloName) {
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", host);
        p.setProperty("mail.smtp.port", Integer.toString(port));
        p.setProperty("mail.smtp.connectiontimeout", Long.toString(connectTimeout.toMillis()));
        p.setProperty("mail.smtp.timeout", Long.toString(readTimeout.toMillis()));
        p.setProperty("mail.smtp.writetimeout", Long.toString(readTimeout.toMillis()));
        p.setProperty("mail.smtp.from", from.getAddress());
        p.setProperty("mail.smtp.localhost", heloName);
        p.setProperty("mail.smtp.auth", Boolean.toString(authenticates()));
        p.setProperty("mail.smtp.userset", "true");
        p.setProperty("mail.smtp.quitwait", "false");
        p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        switch (tls) {
            case NONE -> p.setProperty("mail.smtp.starttls.enable", "false");
            case STARTTLS -> {
                p.setProperty("mail.smtp.starttls.enable", "true");
                p.setProperty("mail.smtp.starttls.required", "true");
            }
            case STARTTLS_OPPORTUNISTIC -> {
                p.setProperty("mail.smtp.starttls.enable", "true");
                p.setProperty("mail.smtp.starttls.required", "false");
            }
            case IMPLICIT -> p.setProperty("mail.smtp.ssl.enable", "true");
        }
        return p;
    }

    /** Everything but the password. */
    @Override
    public String toString() {
        return "SmtpSettings[" + endpoint() + ", tls=" + tls + ", user=" + (authenticates() ? username : "-")
                + ", password=" + (password.isEmpty() ? "-" : "***") + ", from=" + from.getAddress()
                + ", connections=" + connections + "]";
    }
}
