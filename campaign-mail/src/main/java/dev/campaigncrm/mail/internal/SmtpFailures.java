package dev.campaigncrm.mail.internal;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/** Turns Jakarta Mail exceptions into one-line reasons a person can act on, without secrets. */
public final class SmtpFailures {

    private static final int MAX_REASON = 300;

    private SmtpFailures() {
    }

    /** True when the server answered and refused (the connection itself is fine), false when it broke. */
    public static boolean isRefusal(MessagingException e) {
        return e instanceof SendFailedException;
    }

    /** True when the server refused the login. */
    public static boolean isAuthentication(Throwable e) {
        return e instanceof AuthenticationFailedException;
    }

    /**
     * The server's reply text when there is one (e.g. {@code 550 5.1.1 user unknown}), else the deepest cause's
     * message; one line, {@code secret} (a password) masked if it ever appears.
     */
    public static String describe(Throwable e, String secret) {
        String reply = serverReply(e);
        String text = reply != null ? reply : rootMessage(e);
        return clean(text, secret);
    }

    /** The deepest cause's message (or its type when it has none), one line, {@code secret} masked. */
    public static String rootCause(Throwable e, String secret) {
        return clean(rootMessage(e), secret);
    }

    private static String serverReply(Throwable e) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = e; t != null && seen.add(t); t = next(t)) {
            if (t instanceof SMTPAddressFailedException
                    || t instanceof SMTPSenderFailedException
                    || t instanceof SMTPSendFailedException
                    || t instanceof AuthenticationFailedException) {
                String m = t.getMessage();
                if (m != null && !m.isBlank()) {
                    return m;
                }
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Set<Throwable> seen = new HashSet<>();
        Throwable deepest = e;
        for (Throwable t = e; t != null && seen.add(t); t = next(t)) {
            deepest = t;
        }
        String m = deepest.getMessage();
        return m == null || m.isBlank() ? deepest.getClass().getSimpleName() : m;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException me && me.getNextException() != null) {
            return me.getNextException();
        }
        return t.getCause();
    }

    private static String clean(String text, String secret) {
        String s = HeaderText.sanitize(text);
        if (secret != null && !secret.isEmpty()) {
            s = s.replace(secret, "***");
        }
        return s.length() > MAX_REASON ? s.substring(0, MAX_REASON) + "…" : s;
    }
}
