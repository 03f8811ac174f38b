package dev.campaigncrm.mail;

import dev.campaigncrm.send.Mailer;
import dev.campaigncrm.send.MailerFactory;
import java.util.Map;

/** Registers {@link SmtpMailer} as the default mailer, configured from the {@code SMTP_*} variables. */
public final class SmtpMailerFactory implements MailerFactory {

    /** Creates the factory (called by {@link java.util.ServiceLoader}). */
    public SmtpMailerFactory() {
    }

    /** An SMTP mailer from {@code SMTP_HOST}, {@code SMTP_PORT}, {@code SMTP_USERNAME}, ... */
    @Override
    public Mailer fromEnvironment(Map<String, String> env) {
        return SmtpMailer.fromEnvironment(env);
    }
}
