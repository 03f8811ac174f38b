package dev.campaigncrm.examples;

import dev.campaigncrm.mail.throttle.SendingWindow;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of sending and of reading replies: IMAP, Reply-To, unsubscribe, footer, suppression, rate, window. */
final class MailOptions {

    @Option(names = "--imap", paramLabel = "URI", order = 30, converter = Converters.Imap.class,
            description = "Read replies over IMAP, e.g. imaps://me@imap.example.org:993/INBOX (password from "
                    + "IMAP_PASSWORD; the whole folder by UID each time, read-only); default: simulated replies "
                    + "delivered by SMTP to an embedded mailbox and read back over IMAP.")
    String imap;

    @Option(names = "--reply-to", paramLabel = "ADDR", order = 31,
            description = "Reply-To of every email (the embedded mailbox then receives the replies there).")
    String replyTo;

    @Option(names = "--unsubscribe-url", paramLabel = "URL", order = 32,
            description = "https link for List-Unsubscribe (one-click, RFC 8058); {email} and {token} (needs "
                    + "UNSUBSCRIBE_SECRET) are filled in per recipient.")
    String unsubscribeUrl;

    @Option(names = "--unsubscribe-mail", paramLabel = "ADDR", order = 33,
            description = "mailto address for List-Unsubscribe.")
    String unsubscribeMail;

    @Option(names = "--postal-address", paramLabel = "TEXT", order = 34,
            description = "The sender's postal address, put in every email's footer with an opt-out line.")
    String postalAddress;

    @Option(names = "--suppression-file", paramLabel = "FILE", order = 35,
            description = "Do-not-contact list (default WORKDIR/output/suppression.csv); hard bounces and "
                    + "unsubscribe replies are added to it.")
    Path suppressionFile;

    @Option(names = "--rate", paramLabel = "N", order = 36, converter = Converters.AboveZero.class,
            description = "At most N messages per second, above 0 (default: no limit); with --store, for all the "
                    + "workers of the campaign together (counted in the store).")
    double perSecond;

    @Option(names = "--per-domain", paramLabel = "N/PERIOD", order = 37, converter = Converters.PerDomain.class,
            description = "At most N messages to one recipient domain per period, e.g. 20/1h or 5/10m (s, m, h, d; "
                    + "default: no limit); with --store, for all the workers of the campaign together.")
    AppOptions.DomainCap perDomain;

    @Option(names = "--window", paramLabel = "SPEC", order = 38, converter = Converters.Window.class,
            description = "Send only in this window, e.g. \"Mon-Fri 09:00-17:00 Europe/Berlin\" (the zone defaults "
                    + "to the machine's); leads outside it are skipped, and the same command run later sends them.")
    SendingWindow window;

    @Option(names = "--resend-uncertain", order = 39,
            description = "Send again the leads an interrupted run may or may not have sent.")
    boolean resendUncertain;

    /** These options as the record the rest of the example reads. */
    AppOptions.Mail toMail() {
        return new AppOptions.Mail(imap, replyTo, unsubscribeUrl, unsubscribeMail, postalAddress, suppressionFile,
                perSecond, window, resendUncertain, perDomain);
    }
}
