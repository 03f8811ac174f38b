package dev.campaigncrm.mail.imap;

import dev.campaigncrm.mail.Tls;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/** A parsed {@code imap://} or {@code imaps://} URI. */
record ImapUri(Tls tls, String user, String host, int port, String folder) {

    /** Parses {@code uri}; the folder is empty when the URI names none. */

    static ImapUri parse(String uri) {
        Objects.requireNonNull(uri, "uri");
        String u = uri.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        boolean implicit = lower.startsWith("imaps://");
        if (!implicit && !lower.startsWith("imap://")) {
            throw new IllegalArgumentException("an IMAP URI starts with imap:// or imaps://");
        }
        String rest = u.substring(implicit ? 8 : 7);
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash + 1);
        int at = authority.lastIndexOf('@');
        if (at <= 0) {
            throw new IllegalArgumentException("the IMAP URI names no user (imaps://user@host:993/INBOX)");
        }
        String user = decode(authority.substring(0, at));
        if (authority.substring(0, at).contains(":")) {
            throw new IllegalArgumentException("the IMAP URI must not hold a password: give it separately");
        }
        String hostPort = authority.substring(at + 1);
        String host = hostPort;
        int port = -1;
        int colon = hostPort.lastIndexOf(':');
        if (colon > 0 && hostPort.indexOf(']') < colon) {
            host = hostPort.substring(0, colon);
            try {
                port = Integer.parseInt(hostPort.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the IMAP URI has a malformed port", e);
            }
        }
        host = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (host.isBlank()) {
            throw new IllegalArgumentException("the IMAP URI names no host");
        }
        String folder = path.isBlank() ? "" : decode(path);
        Tls tls = implicit ? Tls.IMPLICIT : loopback(host) ? Tls.NONE : Tls.STARTTLS;
        return new ImapUri(tls, user, host, port, folder);
    }

    /** Sets host, TLS, user and port (when the URI gives one) on an IMAP builder; the folder is the caller's. */
    <B extends ImapAccountBuilder<B>> B apply(B b) {
        b.host(host).tls(tls).username(user);
        if (port > 0) {
            b.port(port);
        }
        return b;
    }

    private static boolean loopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("::1");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
