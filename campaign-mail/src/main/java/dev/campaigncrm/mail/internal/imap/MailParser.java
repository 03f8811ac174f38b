package dev.campaigncrm.mail.internal.imap;

import dev.campaigncrm.mail.internal.HeaderText;
import dev.campaigncrm.mail.internal.HtmlText;
import dev.campaigncrm.mail.internal.MimeText;
import dev.campaigncrm.reply.text.ReplyText;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Decodes a MIME message into a {@link ParsedMail}: headers, new text, and for bounces every readable part. */
public final class MailParser {

    private static final int MAX_DEPTH = 12;
    private static final int MAX_ALL_TEXT = 200_000;
    private static final int MAX_HEADER = 2000;

    private MailParser() {
    }

    /** The decoded message; {@code arrived} is used when it has no valid Date header. */
    public static ParsedMail parse(MimeMessage m, Instant arrived) throws MessagingException, IOException {
        Map<String, String> headers = headers(m);
        String text = MimeText.of(m);
        String newText = ReplyText.of(text);
        Walk walk = new Walk();
        walk.visit(m, 0);
        String all = walk.text.length() > MAX_ALL_TEXT ? walk.text.substring(0, MAX_ALL_TEXT) : walk.text.toString();
        return new ParsedMail(MessageIdList.normalise(headers.getOrDefault("Message-ID", "")), sender(m),
                HeaderText.sanitize(m.getSubject()), date(m, arrived), headers, newText, all, walk.deliveryStatus,
                walk.returnedIds, ReplyText.quotesHistory(text));
    }

    private static Map<String, String> headers(MimeMessage m) throws MessagingException {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Enumeration<Header> e = m.getAllHeaders(); e.hasMoreElements(); ) {
            Header h = e.nextElement();
            headers.putIfAbsent(h.getName(), cap(HeaderText.sanitize(decode(h.getValue()))));
        }
        return headers;
    }

    private static String sender(MimeMessage m) throws MessagingException {
        try {
            Address[] from = m.getFrom();
            if (from != null) {
                for (Address a : from) {
                    if (a instanceof InternetAddress ia && ia.getAddress() != null) {
                        return HeaderText.sanitize(ia.getAddress());
                    }
                }
            }
        } catch (AddressException e) {
            // fall back to the raw header
        }
        String raw = m.getHeader("From", ",");
        return raw == null ? "" : cap(HeaderText.sanitize(decode(raw)));
    }

    private static Instant date(MimeMessage m, Instant arrived) {
        try {
            Date d = m.getSentDate();
            if (d != null) {
                return d.toInstant();
            }
        } catch (MessagingException e) {
            // fall through
        }
        return arrived == null ? Instant.EPOCH : arrived;
    }

    private static String decode(String raw) {
        String unfolded = MimeUtility.unfold(raw == null ? "" : raw);
        try {
            return MimeUtility.decodeText(unfolded);
        } catch (UnsupportedEncodingException e) {
            return unfolded;
        }
    }

    private static String cap(String s) {
        return s.length() > MAX_HEADER ? s.substring(0, MAX_HEADER) : s;
    }

    /** The {@code Original-Message-ID} field of a disposition notification (RFC 8098: read receipts, sieve rejects). */
    private static final java.util.regex.Pattern ORIGINAL_MESSAGE_ID = java.util.regex.Pattern.compile(
            "(?im)^Original-Message-ID:[ \\t]*(<[^>\\r\\n]{1,250}>)");

    /** Collects every readable part of a message tree. */
    private static final class Walk {
        private final StringBuilder text = new StringBuilder();
        private final List<String> deliveryStatus = new ArrayList<>();
        private final List<String> returnedIds = new ArrayList<>();

        void visit(Part p, int depth) throws MessagingException, IOException {
            if (depth > MAX_DEPTH || text.length() > MAX_ALL_TEXT) {
                return;
            }
            if (p.isMimeType("multipart/*")) {
                Object content = p.getContent();
                if (content instanceof Multipart mp) {
                    for (int i = 0; i < mp.getCount(); i++) {
                        BodyPart child = mp.getBodyPart(i);
                        visit(child, depth + 1);
                    }
                }
            } else if (p.isMimeType("message/delivery-status") || p.isMimeType("message/global-delivery-status")) {
                String ds = raw(p);
                deliveryStatus.add(ds);
                append(ds);
            } else if (p.isMimeType("message/disposition-notification")
                    || p.isMimeType("message/global-disposition-notification")) {
                String mdn = raw(p);
                ORIGINAL_MESSAGE_ID.matcher(mdn).results().forEach(m -> addReturnedHeaders(m.group(1)));
                append(mdn);
            } else if (p.isMimeType("text/rfc822-headers") || p.isMimeType("message/global-headers")) {
                returned(p, false);
            } else if (p.isMimeType("message/rfc822") || p.isMimeType("message/global")) {
                returned(p, true);
            } else if (p.isMimeType("text/html")) {
                append(HtmlText.toText(text(p)));
            } else if (p.isMimeType("text/*")) {
                append(text(p));
            }
        }

        private void returned(Part p, boolean withBody) throws MessagingException, IOException {
            if (withBody && p.getContent() instanceof MimeMessage inner) {
                addReturnedHeaders(inner.getHeader("Message-ID", ","));
                StringBuilder lines = new StringBuilder();
                for (Enumeration<String> e = inner.getAllHeaderLines(); e.hasMoreElements(); ) {
                    lines.append(e.nextElement()).append('\n');
                }
                append(lines.toString());
                return;
            }
            try (InputStream in = p.getInputStream()) {
                InternetHeaders h = new InternetHeaders(in);
                addReturnedHeaders(h.getHeader("Message-ID", ","));
                StringBuilder lines = new StringBuilder();
                for (Enumeration<String> e = h.getAllHeaderLines(); e.hasMoreElements(); ) {
                    lines.append(e.nextElement()).append('\n');
                }
                append(lines.toString());
            }
        }

        private void addReturnedHeaders(String messageId) {
            if (messageId != null) {
                returnedIds.addAll(MessageIdList.parse(messageId));
            }
        }

        private void append(String s) {
            text.append(s).append('\n');
        }

        private static String raw(Part p) throws MessagingException, IOException {
            try (InputStream in = p.getInputStream()) {
                return new String(in.readNBytes(MAX_ALL_TEXT), StandardCharsets.UTF_8);
            }
        }

        private static String text(Part p) throws MessagingException, IOException {
            try {
                Object c = p.getContent();
                if (c instanceof String s) {
                    return s;
                }
            } catch (UnsupportedEncodingException e) {
                // an unknown charset: read the bytes as windows-1252 below
            }
            try (InputStream in = p.getInputStream()) {
                return new String(in.readNBytes(MAX_ALL_TEXT), Charset.forName("windows-1252"));
            }
        }
    }
}
