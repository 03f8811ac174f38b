package dev.campaigncrm.mail;

import dev.campaigncrm.mail.internal.HeaderText;
import dev.campaigncrm.mail.internal.MimeText;
import dev.campaigncrm.reply.Reply;
import dev.campaigncrm.reply.text.ReplyText;
import jakarta.mail.Address;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Enumeration;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Reads a reply saved as an RFC 822 file ({@code .eml}): sender, decoded subject, headers, the new text of the
 * body (text/plain preferred, else HTML made plain; quoted history, signatures and disclaimers cut by {@link
 * ReplyText}, wherever the person wrote) and the {@code Date}.
 * Parsing never touches the network.
 */
public final class EmlReplyReader {

    /** The {@link Reply#source()} of replies read from files. */
    public static final String SOURCE = "file";

    /**
     * One session for every file: creating a session loads the mail providers from the class path (a service-loader
     * scan of every jar), which cost more than parsing the message itself. Never changed after it is made; reading
     * messages through one session from several threads is safe.
     */
    private static final Session OFFLINE = offlineSession();

    private EmlReplyReader() {
    }

    /**
     * Reads an RFC 822 file as a reply.
     *
     * @throws UncheckedIOException naming the file when it cannot be read or parsed
     */
    public static Reply read(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the reply file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads an RFC 822 message from {@code in} (not closed) as a reply; {@code name} names it in errors.
     *
     * @throws UncheckedIOException naming {@code name} when the stream cannot be read or parsed
     */
    public static Reply read(InputStream in, String name) {
        Objects.requireNonNull(in, "in");
        try {
            MimeMessage m = new MimeMessage(OFFLINE, in);
            String body = ReplyText.of(MimeText.of(m));
            return new Reply("", sender(m), subject(m), body, headers(m), receivedAt(m), SOURCE);
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new UncheckedIOException("Cannot parse " + name + " as an RFC 822 message: " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    private static Session offlineSession() {
        Properties p = new Properties();
        p.setProperty("mail.mime.address.strict", "false");
        p.setProperty("mail.mime.decodetext.strict", "false");
        return Session.getInstance(p);
    }

    private static String sender(MimeMessage m) throws MessagingException {
        try {
            Address[] from = m.getFrom();
            if (from != null) {
                for (Address a : from) {
                    if (a instanceof InternetAddress ia && ia.getAddress() != null) {
                        return ia.getAddress();
                    }
                }
            }
        } catch (AddressException e) {
            // fall back to the raw header below
        }
        String raw = m.getHeader("From", ",");
        return raw == null ? "" : HeaderText.sanitize(decode(raw));
    }

    private static String subject(MimeMessage m) throws MessagingException {
        return HeaderText.sanitize(m.getSubject());
    }

    private static Map<String, String> headers(MimeMessage m) throws MessagingException {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Enumeration<Header> e = m.getAllHeaders(); e.hasMoreElements(); ) {
            Header h = e.nextElement();
            headers.putIfAbsent(h.getName(), HeaderText.sanitize(decode(h.getValue())));
        }
        return headers;
    }

    private static Instant receivedAt(MimeMessage m) {
        try {
            Date d = m.getSentDate();
            return d == null ? Instant.EPOCH : d.toInstant();
        } catch (MessagingException e) {
            return Instant.EPOCH;
        }
    }

    private static String decode(String raw) {
        String unfolded = MimeUtility.unfold(raw == null ? "" : raw);
        try {
            return MimeUtility.decodeText(unfolded);
        } catch (java.io.UnsupportedEncodingException e) {
            return unfolded;
        }
    }
}
