package dev.campaigncrm.mail.imap;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/** The RFC 822 fixtures in {@code src/test/resources/imap}. */
final class Fixtures {

    static final List<String> ALL = List.of("ooo-en", "ooo-de", "ooo-fr", "ooo-es", "ooo-nl", "ooo-sv",
            "dsn-postfix", "dsn-soft", "ndr-exchange", "bounce-gmail", "bounce-exim", "human-quoting-ooo",
            "human-rewritten-subject", "human-sender-subject", "unsubscribe", "unmatched", "wrong-sender-reply");

    private Fixtures() {
    }

    static MimeMessage load(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/imap/" + name + ".eml")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new MimeMessage(Session.getInstance(new Properties()), in);
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
