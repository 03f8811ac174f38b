package dev.campaigncrm.mail.imap;

import dev.campaigncrm.mail.Tls;
import dev.campaigncrm.mail.internal.HeaderText;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.time.Duration;
import java.util.Properties;

/**
 * One IMAP login, shared by the reply reader and the Sent folder: where, how protected, as whom and how patient; the
 * session it needs and a name for logs that never holds the password. {@code toString} is that name.
 *
 * @param port the port to use (resolved: 993 for implicit TLS, else 143, when none was given)
 */
record ImapAccount(String host, int port, Tls tls, String username, String password, Duration connectTimeout,
                   Duration readTimeout) {

    /** {@code port} when positive, else 993 for implicit TLS and 143 otherwise. */
    static int port(Tls tls, int port) {
        return port > 0 ? port : tls == Tls.IMPLICIT ? 993 : 143;
    }

    /** {@code imap://user@host:port} (the port only when not the default; IPv6 bracketed): never a password. */
    static String endpoint(Tls tls, String username, String host, int port) {
        int p = port(tls, port);
        boolean standard = p == port(tls, -1);
        String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return protocol(tls) + "://" + HeaderText.sanitize(username) + "@" + h + (standard ? "" : ":" + p);
    }

    private static String protocol(Tls tls) {
        return tls == Tls.IMPLICIT ? "imaps" : "imap";
    }

    /** This account's {@link #endpoint}. */
    String endpoint() {
        return endpoint(tls, username, host, port);
    }

    /**
     * A Jakarta Mail session: timeouts, server identity checked, message bodies read without setting {@code \Seen},
     * TLS as asked (STARTTLS required when chosen). No credentials.
     */
    Session session() {
        String p = "mail." + protocol(tls) + ".";
        Properties props = new Properties();
        props.setProperty(p + "connectiontimeout", Long.toString(connectTimeout.toMillis()));
        props.setProperty(p + "timeout", Long.toString(readTimeout.toMillis()));
        props.setProperty(p + "writetimeout", Long.toString(readTimeout.toMillis()));
        props.setProperty(p + "peek", "true");
        props.setProperty(p + "ssl.checkserveridentity", "true");
        props.setProperty("mail.mime.address.strict", "false");
        switch (tls) {
            case NONE -> props.setProperty(p + "starttls.enable", "false");
            case STARTTLS -> {
                props.setProperty(p + "starttls.enable", "true");
                props.setProperty(p + "starttls.required", "true");
            }
            case STARTTLS_OPPORTUNISTIC -> {
                props.setProperty(p + "starttls.enable", "true");
                props.setProperty(p + "starttls.required", "false");
            }
            case IMPLICIT -> props.setProperty(p + "ssl.enable", "true");
        }
        return Session.getInstance(props);
    }

    /** A store of {@code session}, logged in; the caller closes it. */
    Store connect(Session session) throws MessagingException {
        Store store = session.getStore(protocol(tls));
        try {
            store.connect(host, port, username, password);
        } catch (MessagingException | RuntimeException e) {
            try {
                store.close();
            } catch (MessagingException ignored) {
                // it was never open
            }
            throw e;
        }
        return store;
    }

    /** {@code message} with the password, if it appears, replaced by {@code ***}. */
    String scrub(String message) {
        String m = message == null ? "" : message;
        return password.isEmpty() ? m : m.replace(password, "***");
    }

    /** The cause to attach to an exception: {@code e}, unless its text (or its causes' text) holds the password. */
    Throwable scrubbed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (!password.isEmpty() && String.valueOf(t.getMessage()).contains(password)) {
                return null;
            }
        }
        return e;
    }

    @Override
    public String toString() {
        return endpoint();
    }
}
