package dev.campaigncrm.mail;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Reads the {@code SMTP_*} variables into a builder, naming the variable when a value is unusable. */
final class EnvironmentConfig {

    /** The sender when {@code SMTP_FROM} is not set. */
    static final String DEFAULT_FROM = "Campaign CRM <campaign@localhost>";

    private EnvironmentConfig() {
    }

    /** A builder configured from {@code env}. */
    static SmtpMailer.Builder builder(Map<String, String> env) {
        Objects.requireNonNull(env, "env");
        SmtpMailer.Builder b = preset(env);
        String host = value(env, "SMTP_HOST");
        if (!host.isEmpty()) {
            try {
                b.host(host);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("SMTP_HOST must be a host name or IP address, not '"
                        + shown(host) + "'", e);
            }
        }
        String port = value(env, "SMTP_PORT");
        if (!port.isEmpty()) {
            b.port(port(port));
        }
        String user = value(env, "SMTP_USERNAME");
        String password = env.getOrDefault("SMTP_PASSWORD", "");
        password = password == null ? "" : password;
        if (user.isEmpty() && !password.isEmpty()) {
            throw new IllegalArgumentException("SMTP_PASSWORD is set but SMTP_USERNAME is empty: set both or neither");
        }
        if (!user.isEmpty() && password.isEmpty()) {
            throw new IllegalArgumentException("SMTP_USERNAME is set but SMTP_PASSWORD is empty: set both or neither");
        }
        try {
            b.username(user);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("SMTP_USERNAME must not contain spaces or control characters", e);
        }
        b.password(password);
        String tls = value(env, "SMTP_TLS");
        if (!tls.isEmpty()) {
            b.tls(tls(tls));
        }
        String from = value(env, "SMTP_FROM");
        if (!from.isEmpty()) {
            try {
                b.from(from);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("SMTP_FROM must be one address such as 'Alex <alex@example.com>',"
                        + " not '" + shown(from) + "'", e);
            }
        }
        return b;
    }

    /** The builder of {@code SMTP_PRESET} (gmail and outlook need {@code SMTP_USERNAME}), or the defaults. */
    private static SmtpMailer.Builder preset(Map<String, String> env) {
        String name = value(env, "SMTP_PRESET").toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            return SmtpMailer.builder();
        }
        boolean login = switch (name) {
            case "mailhog", "maildev" -> false;
            case "gmail", "outlook", "office365", "microsoft365" -> true;
            default -> throw new IllegalArgumentException("SMTP_PRESET must be one of " + SmtpPresets.NAMES
                    + ", not '" + shown(name) + "'");
        };
        String user = value(env, "SMTP_USERNAME");
        if (login && user.isEmpty()) {
            throw new IllegalArgumentException("SMTP_PRESET=" + name + " needs SMTP_USERNAME (the account's address)"
                    + " and SMTP_PASSWORD (an app password)");
        }
        try {
            return SmtpPresets.named(name, user);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("SMTP_USERNAME must be the account's address, without spaces or"
                    + " control characters, for SMTP_PRESET=" + name, e);
        }
    }

    /**
     * Parses {@code SMTP_TLS}: none/false/no/off/empty, starttls/required/true/yes/on, opportunistic/starttls-if-offered,
     * implicit/ssl/smtps.
     */
    static Tls tls(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "", "none", "false", "no", "off", "0" -> Tls.NONE;
            case "starttls", "required", "true", "yes", "on", "1" -> Tls.STARTTLS;
            case "opportunistic", "starttls-if-offered" -> Tls.STARTTLS_OPPORTUNISTIC;
            case "implicit", "ssl", "smtps" -> Tls.IMPLICIT;
            default -> throw new IllegalArgumentException(
                    "SMTP_TLS must be none, starttls (or required), opportunistic or implicit"
                    + " (or ssl), not '" + shown(value) + "'");
        };
    }

    private static int port(String value) {
        try {
            int p = Integer.parseInt(value);
            if (p >= 1 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("SMTP_PORT must be a port number from 1 to 65535, not '"
                + shown(value) + "'");
    }

    private static String value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null ? "" : v.strip();
    }

    /** A non-secret value, made printable and short, for an error message. */
    private static String shown(String value) {
        String s = dev.campaigncrm.mail.internal.HeaderText.sanitize(value);
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
