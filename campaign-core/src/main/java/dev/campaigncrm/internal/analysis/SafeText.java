package dev.campaigncrm.internal.analysis;

/** Makes untrusted lead text safe to quote in a one-line reason: no control characters, bounded length. */
public final class SafeText {

    /** The longest quoted value kept; longer values are cut and marked with an ellipsis. */
    public static final int MAX_QUOTED = 60;

    private SafeText() {
    }

    /** {@code text} on one line, without control or format characters, at most {@link #MAX_QUOTED} characters. */
    public static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]+", " ").replace('\'', '\u2019')
                .replaceAll("\\s+", " ").strip();
        return flat.length() <= MAX_QUOTED ? flat : flat.substring(0, MAX_QUOTED - 1).strip() + "\u2026";
    }
}
