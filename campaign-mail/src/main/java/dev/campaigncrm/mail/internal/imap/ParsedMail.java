package dev.campaigncrm.mail.internal.imap;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One message from the mailbox, decoded: what threading and classification need.
 *
 * @param messageId          its own Message-ID, normalised (empty when it has none)
 * @param from               the sender address (sanitised)
 * @param subject            the decoded subject (sanitised)
 * @param date               the Date header, else the arrival time, else the epoch
 * @param headers            every header's first value, decoded and sanitised; names case-insensitive
 * @param newText            the readable text with quoted history and signature cut
 * @param allText            every readable part (text, delivery status, returned headers) joined, for bounces
 * @param deliveryStatus     the raw {@code message/delivery-status} parts (RFC 3464), if any
 * @param returnedMessageIds the Message-IDs in returned headers or messages (bounces), normalised
 * @param quotesHistory      true when the readable text quoted earlier mail before the quote was cut
 */
public record ParsedMail(String messageId, String from, String subject, Instant date, Map<String, String> headers,
                         String newText, String allText, List<String> deliveryStatus,
                         List<String> returnedMessageIds, boolean quotesHistory) {

    /** Copies the lists and makes header lookup case-insensitive. */
    public ParsedMail {
        TreeMap<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        h.putAll(headers);
        headers = Collections.unmodifiableMap(h);
        deliveryStatus = List.copyOf(deliveryStatus);
        returnedMessageIds = List.copyOf(returnedMessageIds);
    }

    /** The header's first value, or empty text. */
    public String header(String name) {
        return headers.getOrDefault(name, "");
    }
}
