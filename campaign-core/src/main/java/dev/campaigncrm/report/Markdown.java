package dev.campaigncrm.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Markdown building blocks: escaping of untrusted text, number formats and tables. Numbers are formatted with
 * {@link Locale#ROOT} so the report reads the same on every machine.
 */
final class Markdown {

    /** Longest untrusted value kept; longer values are cut with an ellipsis. */
    static final int MAX_VALUE_LENGTH = 80;

    private static final Pattern BREAKS = Pattern.compile("[\\p{Cntrl}\\u0085\\u2028\\u2029\\s]+");
    private static final Pattern WWW = Pattern.compile("(?i)\\bwww\\.");
    private static final String SPECIAL = "\\`*_[]<>#|~&!";

    private Markdown() {
    }

    /**
     * Untrusted text made inert for inline markdown and table cells: line breaks and control characters become
     * spaces, markdown and HTML characters are backslash-escaped, and URLs and addresses are defanged
     * ({@code http[:]//}, {@code www[.]}, {@code [@]}) so they never become links.
     */
    static String text(String untrusted) {
        return inert(untrusted, MAX_VALUE_LENGTH);
    }

    /** The longest narrative paragraph kept; longer text is cut and marked with an ellipsis. */
    static final int MAX_PROSE_LENGTH = 2000;

    /**
     * Untrusted prose (a narrative paragraph written elsewhere) made inert like {@link #text}, on one line, but
     * allowed up to {@link #MAX_PROSE_LENGTH} characters.
     */
    static String prose(String untrusted) {
        return inert(untrusted, MAX_PROSE_LENGTH);
    }

    private static String inert(String untrusted, int maxLength) {
        if (untrusted == null) {
            return "";
        }
        String s = BREAKS.matcher(untrusted).replaceAll(" ").strip();
        if (s.codePointCount(0, s.length()) > maxLength) {
            s = s.substring(0, s.offsetByCodePoints(0, maxLength - 1)) + "\u2026";
        }
        s = WWW.matcher(s.replace("://", "[:]//").replace("@", "[@]")).replaceAll("www[.]");
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A rate as a percentage with one decimal, e.g. {@code 41.7%}. */
    static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    /**
     * {@code part / whole} as a percentage followed by its 95% Wilson interval, e.g. {@code 25.0% (11.2–46.9%)}, or
     * {@code n/a} when {@code whole} is 0.
     */
    static String rate(long part, long whole) {
        return whole <= 0 ? "n/a" : percent(Ratios.of(part, whole)) + " (" + interval(Statistics.wilson(part, whole))
                + ")";
    }

    /** An interval in percent, e.g. {@code 11.2–46.9%}. */
    static String interval(Interval i) {
        return String.format(Locale.ROOT, "%.1f\u2013%.1f%%", i.low() * 100, i.high() * 100);
    }

    /** The difference of two rates in percentage points, unsigned, e.g. {@code 12.5}. */
    static String points(double a, double b) {
        return String.format(Locale.ROOT, "%.1f", Math.abs(a - b) * 100);
    }

    /** A count with its noun, e.g. {@code 1 lead}, {@code 2 leads}. */
    static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /**
     * Configuration text the run was given (paths, server addresses), escaped for markdown like {@link #text} but
     * not defanged: it does not come from leads.
     */
    static Cell literal(String configured) {
        if (configured == null) {
            return new Cell("");
        }
        String s = BREAKS.matcher(configured).replaceAll(" ").strip();
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return new Cell(out.toString());
    }

    /**
     * Text already escaped for markdown, which a {@link Table} takes as it is.
     *
     * @param markdown the escaped text
     */
    record Cell(String markdown) {
        @Override
        public String toString() {
            return markdown;
        }
    }

    /** A number with one decimal. */
    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A table whose cells are escaped as untrusted text, except {@link Cell}s, which are escaped already. */
    static final class Table {
        private final List<String> headers;
        private final List<String> escapedHeaders;
        private final List<List<String>> rows = new ArrayList<>();

        Table(String... headers) {
            this.headers = List.of(headers);
            this.escapedHeaders = this.headers.stream().map(Markdown::text).toList();
        }

        /** Adds a row; missing cells are left empty, extra cells are an error. */
        Table row(Object... cells) {
            if (cells.length > headers.size()) {
                throw new IllegalArgumentException("row has " + cells.length + " cells for " + headers.size());
            }
            List<String> row = new ArrayList<>();
            for (int i = 0; i < headers.size(); i++) {
                Object cell = i < cells.length ? cells[i] : "";
                row.add(cell instanceof Cell c ? c.markdown() : text(String.valueOf(cell)));
            }
            rows.add(row);
            return this;
        }

        /** The rows added so far. */
        int size() {
            return rows.size();
        }

        /** The table, one line per row, ending with a newline. */
        String render() {
            StringBuilder out = new StringBuilder();
            line(out, escapedHeaders);
            out.append('|');
            headers.forEach(h -> out.append(" --- |"));
            out.append('\n');
            rows.forEach(r -> line(out, r));
            return out.toString();
        }

        private static void line(StringBuilder out, List<String> cells) {
            out.append('|');
            for (String cell : cells) {
                out.append(' ').append(cell.isEmpty() ? " " : cell).append(" |");
            }
            out.append('\n');
        }
    }
}
