package dev.campaigncrm.csv.internal;

import java.util.regex.Pattern;

/**
 * Neutralises spreadsheet formula injection: a cell that a spreadsheet would read as a formula (it starts with
 * {@code = + - @}, a tab or a carriage return) is written with a leading single quote, unless it is a plain number
 * such as {@code -5} or {@code +3.2}. {@link #restore(String)} removes exactly that quote, so every value round-trips,
 * including values that already started with quotes.
 */
public final class FormulaGuard {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d+)?|\\.\\d+)");

    private FormulaGuard() {
    }

    /** The cell as it is safe to write: the value, or the value behind a single quote. */
    public static String neutralise(String value) {
        if (value == null) {
            return "";
        }
        return needsQuote(value) ? "'" + value : value;
    }

    /** The value a neutralised cell stood for: the inverse of {@link #neutralise(String)}. */
    public static String restore(String cell) {
        if (cell == null) {
            return "";
        }
        return cell.startsWith("'") && needsQuote(cell.substring(1)) ? cell.substring(1) : cell;
    }

    /**
     * True when the value, once any leading quotes are set aside, starts like a formula and is not a plain number.
     * Looking past leading quotes keeps the mapping one-to-one: {@code '=x} is written as {@code ''=x}.
     */
    static boolean needsQuote(String value) {
        int i = 0;
        while (i < value.length() && value.charAt(i) == '\'') {
            i++;
        }
        if (i == value.length()) {
            return false;
        }
        String rest = value.substring(i);
        char c = rest.charAt(0);
        boolean trigger = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return trigger && !PLAIN_NUMBER.matcher(rest).matches();
    }
}
