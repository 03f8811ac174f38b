package dev.campaigncrm.send;

import java.util.Map;

/**
 * Service-provider interface: creates the default mailer from the environment, so that
 * {@code Campaign.builder().leads(csv).run()} works when {@code campaign-mail} is on the classpath.
 */
public interface MailerFactory {

    /** A mailer configured from environment variables such as {@code SMTP_HOST} and {@code SMTP_PORT}. */
    Mailer fromEnvironment(Map<String, String> env);
}
