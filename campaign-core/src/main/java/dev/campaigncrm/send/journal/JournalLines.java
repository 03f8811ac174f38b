package dev.campaigncrm.send.journal;

import static dev.campaigncrm.send.journal.EscapedText.escape;
import static dev.campaigncrm.send.journal.EscapedText.unescape;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32;
import java.nio.charset.StandardCharsets;

/**
 * The journal's line format: seven tab-separated fields (campaign, lead, email, Message-ID, event, time, reason),
 * each escaped by {@link EscapedText}, then for a follow-up or a second attempt two more (step, attempt),
 * then the CRC-32 of everything before it, so a torn or damaged line is recognised and ignored. Lines of a first
 * email keep the seven fields, so journals written before sequences read the same.
 */
final class JournalLines {

    private static final int FIELDS = 7;
    private static final int FIELDS_WITH_STEP = 9;

    private JournalLines() {
    }

    /** The line for {@code r}, ending in a newline. */
    static String format(JournalRecord r) {
        String body = String.join("\t", escape(r.campaignId()), escape(r.leadId()), escape(r.email()),
                escape(r.messageId()), r.event().name(), r.at().toString(), escape(r.reason()))
                + (r.step() == 1 && r.attempt() == 1 ? "" : "\t" + r.step() + "\t" + r.attempt());
        return body + "\t" + crc(body) + "\n";
    }

    /** The record on {@code line} (without its newline), or empty when the line is damaged. */
    static Optional<JournalRecord> parse(String line) {
        int lastTab = line.lastIndexOf('\t');
        if (lastTab < 0) {
            return Optional.empty();
        }
        String body = line.substring(0, lastTab);
        if (!crc(body).equals(line.substring(lastTab + 1))) {
            return Optional.empty();
        }
        String[] f = body.split("\t", -1);
        if (f.length != FIELDS && f.length != FIELDS_WITH_STEP) {
            return Optional.empty();
        }
        try {
            int step = f.length == FIELDS ? 1 : Integer.parseInt(f[7]);
            int attempt = f.length == FIELDS ? 1 : Integer.parseInt(f[8]);
            return Optional.of(new JournalRecord(unescape(f[0]), unescape(f[1]), step, attempt, unescape(f[2]),
                    unescape(f[3]), JournalEvent.valueOf(f[4]), Instant.parse(f[5]), unescape(f[6])));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String crc(String body) {
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        return String.format(Locale.ROOT, "%08x", crc.getValue());
    }

    /** Splits file content into complete lines; the text after the last newline (a torn line) is left out. */
    static List<String> completeLines(String content) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int nl = content.indexOf('\n'); nl >= 0; nl = content.indexOf('\n', start)) {
            lines.add(content.substring(start, nl));
            start = nl + 1;
        }
        return lines;
    }
}
