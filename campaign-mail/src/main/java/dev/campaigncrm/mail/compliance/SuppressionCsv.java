package dev.campaigncrm.mail.compliance;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The suppression file's lines: {@code email,reason,added_at} (RFC 4180 quoting, ISO-8601 instants). A cell a
 * spreadsheet would run as a formula is written behind a single quote, which reading removes again.
 */
final class SuppressionCsv {

    /** The header line. */
    public static final String HEADER = "email,reason,added_at";

    private SuppressionCsv() {
    }

    /** One line, without the line break. */
    public static String line(Suppression s) {
        return cell(s.email()) + "," + cell(s.reason()) + "," + s.addedAt();
    }

    /** The entry on {@code line}, or empty when the line is not three cells with a valid address and instant. */
    public static Optional<Suppression> parse(String line) {
        List<String> cells = cells(line);
        if (cells == null || cells.size() != 3) {
            return Optional.empty();
        }
        try {
            Instant at = Instant.parse(cells.get(2).strip());
            return Optional.of(SuppressionEntries.entry(restore(cells.get(0)), restore(cells.get(1)), at));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String cell(String value) {
        String v = needsQuote(value) ? "'" + value : value;
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private static String restore(String cell) {
        return cell.startsWith("'") && needsQuote(cell.substring(1)) ? cell.substring(1) : cell;
    }

    /** True when the value, past any leading quotes, starts like a formula; keeps the mapping one-to-one. */
    private static boolean needsQuote(String value) {
        int i = 0;
        while (i < value.length() && value.charAt(i) == '\'') {
            i++;
        }
        if (i == value.length()) {
            return false;
        }
        char c = value.charAt(i);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** The cells of one line, or null when a quote is not closed. */
    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        out.add(cur.toString());
        return out;
    }
}
