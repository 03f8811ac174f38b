package dev.campaigncrm.reply;

import dev.campaigncrm.reply.text.ReplyText;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A reply to one lead's email, as received (or simulated).
 *
 * @param leadId     the lead it answers
 * @param from       sender address
 * @param subject    subject line
 * @param body       the new text of the reply (quoted history removed where the source could)
 * @param headers    headers that matter for classification (e.g. {@code Auto-Submitted}), names case-insensitive
 * @param receivedAt when it arrived
 * @param source     where it came from: {@code simulated}, {@code imap}, {@code file}, ...
 */
public record Reply(String leadId, String from, String subject, String body, Map<String, String> headers,
                    Instant receivedAt, String source) {

    /** The source name of replies made up by the simulator. */
    public static final String SIMULATED = "simulated";

    /** Normalises nulls and makes header lookup case-insensitive. */
    public Reply {
        from = from == null ? "" : from;
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
        TreeMap<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            h.putAll(headers);
        }
        headers = java.util.Collections.unmodifiableMap(h);
    }

    /** The header's value, or empty text. */
    public String header(String name) {
        return headers.getOrDefault(name, "");
    }

    /**
     * True when the message quoted earlier mail: its reader said so ({@link ReplyHeaders#QUOTED}), or its body still
     * holds the quote.
     */
    public boolean quotesHistory() {
        return "yes".equalsIgnoreCase(header(ReplyHeaders.QUOTED).strip()) || ReplyText.quotesHistory(body);
    }

    /** True when the simulator made this reply up. */
    public boolean simulated() {
        return SIMULATED.equals(source.toLowerCase(Locale.ROOT));
    }
}
