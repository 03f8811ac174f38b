package dev.campaigncrm.report;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Turns the report's markdown into a self-contained HTML page. It reads only the markdown the report writes
 * (headings, paragraphs, a quote, tables, lists, Mermaid fences, {@code **bold**} and {@code `code`}), replaces each
 * Mermaid fence with the matching {@link SvgChart}, and HTML-escapes every character of text, so lead text that the
 * markdown carries backslash-escaped ({@code \<script\>}) stays text.
 */
final class Html {

    private static final String STYLE = """
            *{box-sizing:border-box}
            html{-webkit-text-size-adjust:100%}
            body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;\
            color:#1f2937;background:#fff;overflow-wrap:anywhere}
            main{max-width:62rem;margin:0 auto;padding:1rem}
            h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0 1rem}
            h2{font-size:1.25rem;margin:2rem 0 .75rem;padding-bottom:.25rem;border-bottom:1px solid #e5e7eb}
            h3{font-size:1.05rem;margin:1.5rem 0 .5rem}
            blockquote{margin:1rem 0;padding:.5rem 1rem;border-left:4px solid #b45309;background:#fefce8}
            code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em;\
            background:#f3f4f6;padding:0 .2em;border-radius:3px}
            .table{overflow-x:auto;margin:0 0 1rem;border:1px solid #e5e7eb;border-radius:4px}
            table{border-collapse:collapse;min-width:100%;font-size:.875rem}
            th,td{padding:.35rem .6rem;text-align:left;vertical-align:top;white-space:nowrap;\
            border-bottom:1px solid #e5e7eb;overflow-wrap:normal}
            th{background:#f9fafb;font-weight:600}
            figure.chart{margin:1rem 0 1.5rem;max-width:30rem}
            figure.chart svg{display:block;width:100%;height:auto}
            figcaption{font-size:.875rem;color:#4b5563;margin-top:.25rem}
            ol,ul{padding-left:1.25rem}
            li{margin:.25rem 0}
            @media print{
            body{font-size:10.5pt}
            main{max-width:none;padding:0}
            .table{overflow:visible;border:0}
            th,td{white-space:normal}
            h2,h3{break-after:avoid}
            figure,tr,blockquote{break-inside:avoid}
            }
            """;

    private Html() {
    }

    /** Text with {@code & < > " '} replaced by entities. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The page for this report markdown; the i-th Mermaid fence becomes {@code charts.get(i)}. */
    static String page(String markdown, List<Chart> charts) {
        List<String> lines = markdown.lines().toList();
        String title = lines.isEmpty() ? "Campaign report" : plainText(lines.get(0).replaceFirst("^#+\\s*", ""));
        StringBuilder out = new StringBuilder(markdown.length() * 2 + 8192);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<main>\n");
        body(lines, charts.iterator(), out);
        return out.append("</main>\n</body>\n</html>\n").toString();
    }

    private static void body(List<String> lines, Iterator<Chart> charts, StringBuilder out) {
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank()) {
                i++;
            } else if (line.startsWith("```")) {
                int end = i + 1;
                while (end < lines.size() && !lines.get(end).startsWith("```")) {
                    end++;
                }
                if (line.equals("```mermaid") && charts.hasNext()) {
                    out.append(SvgChart.figure(charts.next()));
                }
                i = end + 1;
            } else if (line.startsWith("#")) {
                int level = Math.min(6, line.indexOf(' ') < 0 ? 1 : (int) line.chars().takeWhile(c -> c == '#').count());
                out.append("<h").append(level).append('>').append(inline(line.substring(level).strip()))
                        .append("</h").append(level).append(">\n");
                i++;
            } else if (line.startsWith("|")) {
                List<String> rows = new ArrayList<>();
                while (i < lines.size() && lines.get(i).startsWith("|")) {
                    rows.add(lines.get(i++));
                }
                table(rows, out);
            } else if (line.startsWith("> ")) {
                out.append("<blockquote><p>").append(inline(line.substring(2))).append("</p></blockquote>\n");
                i++;
            } else if (line.startsWith("- ") || line.matches("\\d+\\. .*")) {
                boolean ordered = !line.startsWith("- ");
                out.append(ordered ? "<ol>\n" : "<ul>\n");
                while (i < lines.size() && (ordered ? lines.get(i).matches("\\d+\\. .*")
                        : lines.get(i).startsWith("- "))) {
                    String item = lines.get(i++);
                    out.append("<li>").append(inline(item.substring(item.indexOf(' ') + 1))).append("</li>\n");
                }
                out.append(ordered ? "</ol>\n" : "</ul>\n");
            } else {
                out.append("<p>").append(inline(line)).append("</p>\n");
                i++;
            }
        }
    }

    private static void table(List<String> rows, StringBuilder out) {
        out.append("<div class=\"table\"><table>\n");
        for (int r = 0; r < rows.size(); r++) {
            if (r == 1 && rows.get(r).matches("\\|( *-+ *\\|)+")) {
                continue;
            }
            String tag = r == 0 ? "th" : "td";
            out.append("<tr>");
            for (String cell : cells(rows.get(r))) {
                out.append('<').append(tag).append('>').append(inline(cell.strip())).append("</").append(tag)
                        .append('>');
            }
            out.append("</tr>\n");
        }
        out.append("</table></div>\n");
    }

    /** The cells of a table row: split at pipes that no backslash escapes, outer pipes dropped. */
    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 1; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '\\' && i + 1 < row.length()) {
                cell.append(c).append(row.charAt(++i));
            } else if (c == '|') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        return cells;
    }

    /** Inline markdown to HTML: backslash escapes, {@code **bold**}, {@code `code`}; everything else is text. */
    static String inline(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length() + 16);
        boolean strong = false;
        boolean code = false;
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '\\' && i + 1 < markdown.length() && !code) {
                out.append(escape(String.valueOf(markdown.charAt(++i))));
            } else if (c == '`') {
                out.append(code ? "</code>" : "<code>");
                code = !code;
            } else if (c == '*' && !code && i + 1 < markdown.length() && markdown.charAt(i + 1) == '*') {
                out.append(strong ? "</strong>" : "<strong>");
                strong = !strong;
                i++;
            } else {
                out.append(escape(String.valueOf(c)));
            }
        }
        if (code) {
            out.append("</code>");
        }
        if (strong) {
            out.append("</strong>");
        }
        return out.toString();
    }

    /** Inline markdown reduced to its text, for the page title. */
    private static String plainText(String markdown) {
        return markdown.replaceAll("\\\\(.)", "$1").replace("**", "").replace("`", "");
    }
}
