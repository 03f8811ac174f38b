package dev.campaigncrm.mail.imap;

import dev.campaigncrm.mail.Tls;
import dev.campaigncrm.mail.internal.HeaderText;
import java.time.Duration;
import java.util.Properties;

/** What every IMAP client of the library shares: protocol, default port, session properties and a safe name. */
final class ImapSessions {

    private ImapSessions() {
    }

    /** {@code imaps} for implicit TLS, else {@code imap}. */
    public static String protocol(Tls tls) {
        return tls == Tls.IMPLICIT ? "imaps" : "imap";
    }

    /** {@code port} when positive, else 993 for implicit TLS and 143 otherwise. */
    public static int port(Tls tls, int port) {
        return port > 0 ? port : tls == Tls.IMPLICIT ? 993 : 143;
    }

    /** {@code imap://user@host:port} (the port only when not the default; IPv6 bracketed): never a password. */
    public static String endpoint(Tls tls, String username, String host, int port) {
        int p = port(tls, port);
        boolean standard = p == port(tls, -1);
        String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return protocol(tls) + "://" + HeaderText.sanitize(username) + "@" + h + (standard ? "" : ":" + p);
    }

    /**
     * Jakarta Mail session properties: timeouts, server identity checked, message bodies read without setting
     * {@code \Seen}, TLS as asked (STARTTLS required when chosen). No credentials.
     */
    public static Properties properties(Tls tls, Duration connectTimeout, Duration readTimeout) {
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
        return props;
    }
}
