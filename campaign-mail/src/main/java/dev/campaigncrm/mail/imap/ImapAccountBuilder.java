package dev.campaigncrm.mail.imap;

import dev.campaigncrm.mail.Tls;
import java.time.Duration;
import java.util.Objects;

/**
 * The login settings both IMAP builders share (host, port, TLS, user name, password, timeouts), so that they are
 * spelled, checked and defaulted once.
 *
 * @param <B> the concrete builder
 */
abstract class ImapAccountBuilder<B extends ImapAccountBuilder<B>> {
    private String host = "";
    private int port = -1;
    private Tls tls = Tls.IMPLICIT;
    private String username = "";
    private String password = "";
    private Duration connectTimeout = Duration.ofSeconds(20);
    private Duration readTimeout = Duration.ofSeconds(60);

    abstract B self();

    /** The IMAP server's host name or address. */
    public B host(String host) {
        this.host = Objects.requireNonNull(host, "host").strip();
        return self();
    }

    /** The port; default 993 for implicit TLS, else 143. */
    public B port(int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1..65535 but was " + port);
        }
        this.port = port;
        return self();
    }

    /** How the connection is protected; default implicit TLS (IMAPS). */
    public B tls(Tls tls) {
        this.tls = Objects.requireNonNull(tls, "tls");
        return self();
    }

    /** The login name. */
    public B username(String username) {
        this.username = Objects.requireNonNull(username, "username").strip();
        return self();
    }

    /** The password (read it from the environment); it is never logged nor put in a message. */
    public B password(String password) {
        this.password = password == null ? "" : password;
        return self();
    }

    /** Connection and read timeouts; defaults 20 s and 60 s. */
    public B timeouts(Duration connect, Duration read) {
        this.connectTimeout = Objects.requireNonNull(connect, "connect");
        this.readTimeout = Objects.requireNonNull(read, "read");
        return self();
    }

    /** {@code imap://user@host:port} as set so far: never the password. */
    final String endpoint() {
        return ImapAccount.endpoint(tls, username, host, port);
    }

    /**
     * The account as set.
     *
     * @throws IllegalStateException when the host, user name or password is missing
     */
    final ImapAccount account() {
        if (host.isEmpty() || username.isEmpty()) {
            throw new IllegalStateException("an IMAP host and user name are required");
        }
        if (password.isEmpty()) {
            throw new IllegalStateException("no IMAP password given for " + endpoint()
                    + " (read it from the environment)");
        }
        return new ImapAccount(host, ImapAccount.port(tls, port), tls, username, password, connectTimeout,
                readTimeout);
    }
}
