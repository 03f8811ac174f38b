package dev.campaigncrm.mail.internal;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain text from an HTML mail body: quoted blocks, scripts, styles and tags removed, entities decoded. */
public final class HtmlText {

    private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style|head|title)\\b.*?</\\1\\s*>");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern QUOTE_START = Pattern.compile(
            "(?i)<blockquote\\b|<div[^>]*\\b(?:class|id)\\s*=\\s*\"?[^\">]*(?:gmail_quote|moz-cite-prefix"
                    + "|divRplyFwdMsg|appendonsend)");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</?(p|div|tr|li|h[1-6]|table|ul|ol)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ", "ndash", "–", "mdash", "—", "hellip", "…", "rsquo", "’");

    private HtmlText() {
    }

    /** The visible text of {@code html} before any quoted reply history, one paragraph per line. */
    public static String toText(String html) {
        String s = COMMENT.matcher(html).replaceAll("");
        s = HIDDEN.matcher(s).replaceAll("");
        Matcher quote = QUOTE_START.matcher(s);
        if (quote.find()) {
            s = s.substring(0, quote.start());
        }
        s = BREAK.matcher(s).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        s = s.replaceAll("[ \\t\\x0B\\f\\r]+", " ");
        s = decodeEntities(s);
        s = s.replaceAll("(?m)^ +| +$", "").replaceAll("\n{3,}", "\n\n");
        return s.strip();
    }

    private static String decodeEntities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String entity(String name, String raw) {
        if (name.startsWith("#")) {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            int cp = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : "";
        }
        String v = NAMED.get(name.toLowerCase(Locale.ROOT));
        return v == null ? raw : v;
    }
}
