package dev.campaigncrm.mail;

import java.util.Locale;
import java.util.Objects;

/**
 * Pre-filled {@link SmtpMailer} builders for common servers. Every builder can still be changed (e.g. the sender or
 * the number of connections); connect, read and write timeouts are set for every preset (5 s, 30 s, 30 s).
 */
public final class SmtpPresets {

    /** The names {@code SMTP_PRESET} accepts. */
    public static final String NAMES = "mailhog, maildev, gmail, outlook";

    private SmtpPresets() {
    }

    /** MailHog on {@code localhost:1025}: plain SMTP, no login (web UI on port 8025). */
    public static SmtpMailer.Builder mailHog() {
        return SmtpMailer.builder().host("localhost").port(1025).tls(Tls.NONE);
    }

    /** MailDev on {@code localhost:1025} ({@code maildev --smtp 1025}): plain SMTP, no login (web UI on 1080). */
    public static SmtpMailer.Builder mailDev() {
        return SmtpMailer.builder().host("localhost").port(1025).tls(Tls.NONE);
    }

    /**
     * Gmail or Google Workspace: {@code smtp.gmail.com:587}, STARTTLS required, login {@code username}, sender
     * {@code username}, 3 connections. Set the password with {@code .password(...)}: an app password (Google account
     * with 2-step verification), read from the environment ({@code SMTP_PASSWORD}), never from a file in the repo.
     */
    public static SmtpMailer.Builder gmail(String username) {
        return login(SmtpMailer.builder().host("smtp.gmail.com").port(587).tls(Tls.STARTTLS), username);
    }

    /**
     * Outlook.com or Microsoft 365: {@code smtp.office365.com:587}, STARTTLS required, login {@code username}, sender
     * {@code username}, 3 connections (Exchange Online allows few concurrent SMTP connections per mailbox). SMTP AUTH
     * must be enabled for the mailbox; set the password with {@code .password(...)} from the environment.
     */
    public static SmtpMailer.Builder outlook(String username) {
        return login(SmtpMailer.builder().host("smtp.office365.com").port(587).tls(Tls.STARTTLS), username);
    }

    /**
     * The preset called {@code name} ({@value #NAMES}, any case); {@code username} is used by gmail and outlook.
     *
     * @throws IllegalArgumentException for another name, or gmail/outlook without a username
     */
    public static SmtpMailer.Builder named(String name, String username) {
        Objects.requireNonNull(name, "name");
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "mailhog" -> mailHog();
            case "maildev" -> mailDev();
            case "gmail" -> gmail(username);
            case "outlook", "office365", "microsoft365" -> outlook(username);
            default -> throw new IllegalArgumentException("unknown SMTP preset; use one of " + NAMES);
        };
    }

    private static SmtpMailer.Builder login(SmtpMailer.Builder b, String username) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("this preset needs the account's address as username");
        }
        String user = username.strip();
        b.username(user).connections(3);
        if (user.contains("@")) {
            b.from(user);
        }
        return b;
    }
}
