package dev.campaigncrm.send.journal;

/**
 * Text made safe for one tab-separated line: backslash, tab, CR, LF and NUL written as {@code \\}, {@code \t},
 * {@code \r}, {@code \n} and {@code \0}. The send journal's lines use it, and so does a campaign store that keeps
 * lists and maps one entry per line.
 */
public final class EscapedText {

    private EscapedText() {
    }

    /** The text with backslash, tab, CR, LF and NUL escaped. */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\0' -> b.append("\\0");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** The text {@link #escape} wrote; a backslash before any other character stands for that character. */
    public static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                b.append(c);
                continue;
            }
            char n = s.charAt(++i);
            b.append(switch (n) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case '0' -> '\0';
                default -> n;
            });
        }
        return b.toString();
    }
}
