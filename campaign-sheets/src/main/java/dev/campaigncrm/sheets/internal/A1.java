package dev.campaigncrm.sheets.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A1 notation: a tab's name quoted for a range, and the first row of a range the API returned. */
public final class A1 {

    private static final Pattern START_ROW = Pattern.compile("^\\$?[A-Za-z]*\\$?(\\d+)");

    private A1() {
    }

    /** The tab's name as a range: in single quotes, quotes inside doubled ({@code 'Bob''s leads'}). */
    public static String tab(String name) {
        return "'" + name.replace("'", "''") + "'";
    }

    /** A range of the tab starting at a cell, e.g. {@code 'campaign_results'!A1}. */
    public static String cell(String tab, String cell) {
        return tab(tab) + "!" + cell;
    }

    /**
     * The 1-based row a returned range starts on ({@code 'Leads'!A3:F9} gives 3); 1 when the range names no row
     * (a whole tab or whole columns).
     */
    public static long startRow(String range) {
        if (range == null) {
            return 1;
        }
        int bang = range.lastIndexOf('!');
        String cells = bang >= 0 ? range.substring(bang + 1) : range;
        Matcher m = START_ROW.matcher(cells);
        return m.find() ? Long.parseLong(m.group(1)) : 1;
    }
}
