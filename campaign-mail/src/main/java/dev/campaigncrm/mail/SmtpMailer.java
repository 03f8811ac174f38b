package dev.campaigncrm.mail;

import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.send.Mailer;
import dev.campaigncrm.send.SendResult;
import java.util.Map;

/** PLACEHOLDER (signature only) — being implemented on branch mail. */
public final class SmtpMailer implements Mailer {
    /** A mailer configured from SMTP_* variables. */
    public static SmtpMailer fromEnvironment(Map<String, String> env) {
        return new SmtpMailer();
    }

    @Override
    public SendResult send(EmailDraft draft) {
        throw new UnsupportedOperationException("placeholder");
    }

    @Override
    public String describe() {
        return "smtp";
    }
}
