package dev.campaigncrm.mail.internal;

/** Makes untrusted text safe for one header line: no control characters, no line breaks, single spaces. */
public final class HeaderText {

    private HeaderText() {
    }

    /**
     * Replaces CR, LF, tabs, other control and line-separator characters by spaces, drops invisible format
     * characters (bidi overrides), collapses runs of whitespace and
     * trims; null becomes empty text. The result can never start a new header line.
     */
    public static String sanitize(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isInvisible(cp)) {
                continue;
            }
            if (isBreaking(cp)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    private static boolean isBreaking(int cp) {
        return Character.isISOControl(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || cp == 0x2028 || cp == 0x2029;
    }

    /** Format characters such as bidi overrides are dropped; the joiners emoji sequences need are kept. */
    private static boolean isInvisible(int cp) {
        return Character.getType(cp) == Character.FORMAT && cp != 0x200C && cp != 0x200D;
    }
}
