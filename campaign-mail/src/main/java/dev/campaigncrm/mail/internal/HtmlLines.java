package dev.campaigncrm.mail.internal;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Lays an HTML element out as plain text the way a mail client shows it: a line per block ({@code div}, {@code li},
 * {@code tr}, headings, Outlook's {@code MsoNormal} paragraphs but for its empty ones), a blank line after other
 * paragraphs, {@code br} as a
 * line break, list items with a dash or their number, table cells side by side, whitespace collapsed, and the lines
 * of a {@code blockquote} quoted with {@code >} as a plain-text client quotes them.
 */
final class HtmlLines implements NodeVisitor {

    private static final Set<String> BLOCKS = Set.of("div", "li", "tr", "table", "ul", "ol", "dl", "dt", "dd", "h1",
            "h2", "h3", "h4", "h5", "h6", "pre", "hr", "address", "center", "section", "article", "header", "footer",
            "blockquote", "form", "fieldset", "tbody", "thead", "tfoot", "main", "nav", "aside", "figure");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\u00a0]+");
    private static final Pattern EDGE_SPACES = Pattern.compile("(?m)^ +| +$");
    private static final Pattern BLANK_RUNS = Pattern.compile("\n{3,}");

    private final StringBuilder out = new StringBuilder();
    private int quoteDepth;

    private HtmlLines() {
    }

    /** The element's text, one line per block, trimmed. */
    static String of(Element root) {
        HtmlLines lines = new HtmlLines();
        NodeTraversor.traverse(lines, root);
        String s = SPACES.matcher(lines.out).replaceAll(" ");
        s = EDGE_SPACES.matcher(s).replaceAll("");
        return BLANK_RUNS.matcher(s).replaceAll("\n\n").strip();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            text(inPre(t) ? t.getWholeText() : t.text());
        } else if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("blockquote")) {
                quoteDepth++;
            }
            if (tag.equals("br")) {
                out.append('\n');
            } else if (tag.equals("p") || BLOCKS.contains(tag)) {
                lineBreak();
                if (tag.equals("li")) {
                    text(listMark(e));
                }
            } else if (CELLS.contains(tag) && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                out.append(' ');
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("blockquote")) {
                quoteDepth--;
            }
            if (tag.equals("p") && (!e.hasClass("MsoNormal") || e.text().replace('\u00a0', ' ').isBlank())) {
                lineBreak();
                out.append('\n');
            } else if (tag.equals("p") || BLOCKS.contains(tag)) {
                lineBreak();
            }
        }
    }

    /** Appends text, quoting a new line inside a blockquote; text of only spaces starts no line. */
    private void text(String s) {
        boolean lineStart = out.length() == 0 || out.charAt(out.length() - 1) == '\n';
        if (lineStart && s.isBlank()) {
            return;
        }
        if (lineStart && quoteDepth > 0) {
            out.append("> ".repeat(quoteDepth));
        }
        out.append(s);
    }

    private void lineBreak() {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private static String listMark(Element li) {
        Element list = li.parent();
        if (list != null && list.normalName().equals("ol")) {
            return (li.elementSiblingIndex() + 1) + ". ";
        }
        return "- ";
    }

    private static boolean inPre(TextNode t) {
        for (Node p = t.parent(); p != null; p = p.parent()) {
            if (p instanceof Element e && e.normalName().equals("pre")) {
                return true;
            }
        }
        return false;
    }
}
