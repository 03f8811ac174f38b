package dev.campaigncrm.store.jdbc;

import dev.campaigncrm.send.journal.EscapedText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The store's text forms: lists and maps one entry per line with backslash, tab, CR, LF and NUL escaped, a map's
 * key and value separated by a tab and {@code \N} for null; times as ISO-8601 UTC with nine fraction digits (keeps
 * nanoseconds and sorts as text); days as {@code YYYY-MM-DD}.
 */
final class TextCodec {

    private static final String NULL = "\\N";
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private TextCodec() {
    }

    /** The text with its special characters escaped ({@link EscapedText}); {@code \N} for null. */
    static String escape(String s) {
        return s == null ? NULL : EscapedText.escape(s);
    }

    /** The text {@link #escape} wrote. */
    static String unescape(String s) {
        return NULL.equals(s) ? null : EscapedText.unescape(s);
    }

    /** One escaped item per line. */
    static String list(List<String> items) {
        StringBuilder b = new StringBuilder();
        for (String item : items) {
            b.append(escape(item)).append('\n');
        }
        return b.toString();
    }

    /** The list {@link #list} wrote. */
    static List<String> list(String text) {
        List<String> out = new ArrayList<>();
        for (String line : lines(text)) {
            out.add(unescape(line));
        }
        return out;
    }

    /** One escaped {@code key<TAB>value} per line, in the map's order. */
    static String map(Map<String, String> map) {
        StringBuilder b = new StringBuilder();
        map.forEach((k, v) -> b.append(escape(k)).append('\t').append(escape(v)).append('\n'));
        return b.toString();
    }

    /** The map {@link #map} wrote, in its order. */
    static Map<String, String> map(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines(text)) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException("not a map entry (key, tab, value): '" + line + "'");
            }
            out.put(unescape(line.substring(0, tab)), unescape(line.substring(tab + 1)));
        }
        return out;
    }

    /** The tab-separated escaped fields of each line. */
    static List<String[]> rows(String text) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines(text)) {
            String[] f = line.split("\t", -1);
            for (int i = 0; i < f.length; i++) {
                f[i] = unescape(f[i]);
            }
            out.add(f);
        }
        return out;
    }

    /** A time as fixed-width ISO text, or null. */
    static String instant(Instant t) {
        return t == null ? null : INSTANT.format(t);
    }

    /** The time {@link #instant(Instant)} wrote, or null. */
    static Instant instant(String s) {
        return s == null ? null : Instant.parse(s);
    }

    /** A day as ISO text, or null. */
    static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    /** The day {@link #date(LocalDate)} wrote, or null. */
    static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return List.of(body.split("\n", -1));
    }
}
