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

    /** What a failed attempt means for the message. */
    public enum Kind {
        /** Not delivered, worth another try: the connection broke before the message was handed over, or 4xx. */
        TRANSIENT,
        /** Not delivered and never will be as it is: a 5xx reply or a refused login. */
        PERMANENT,
        /** The whole message was handed over and the server's verdict was lost: perhaps delivered. */
        UNCERTAIN
    }

    private SmtpFailures() {
    }

    /** True when the server answered and refused (the connection itself is fine), false when it broke. */
    public static boolean isRefusal(MessagingException e) {
        return e instanceof SendFailedException;
    }

    /**
     * Classifies a failed SMTP transaction: a 4xx reply is {@link Kind#TRANSIENT}, a 5xx reply or a refused login
     * {@link Kind#PERMANENT}; with no reply (the connection broke or timed out) it is {@link Kind#UNCERTAIN} once
     * the whole message was handed over ({@code contentHandedOver}), else {@link Kind#TRANSIENT}.
     */
    public static Kind classify(Throwable e, boolean contentHandedOver) {
        if (isAuthentication(e)) {
            return Kind.PERMANENT;
        }
        int code = replyCode(e);
        if (code >= 400 && code < 500) {
            return Kind.TRANSIENT;
        }
        if (code >= 500 && code < 600) {
            return Kind.PERMANENT;
        }
        return contentHandedOver ? Kind.UNCERTAIN : Kind.TRANSIENT;
    }

    /** The SMTP reply code in the exception chain (e.g. 550 for a refused recipient), or -1 when none came. */
    public static int replyCode(Throwable e) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = e; t != null && seen.add(t); t = next(t)) {
            int code = -1;
            if (t instanceof SMTPAddressFailedException a) {
                code = a.getReturnCode();
            } else if (t instanceof SMTPSenderFailedException s) {
                code = s.getReturnCode();
            } else if (t instanceof SMTPSendFailedException s) {
                code = s.getReturnCode();
            }
            if (code > 0) {
                return code;
            }
        }
        return -1;
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
