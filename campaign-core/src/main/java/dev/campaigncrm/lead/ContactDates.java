package dev.campaigncrm.lead;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses contact dates as spreadsheets export them: ISO ({@code 2026-11-03}, with or without a time),
 * {@code 2026/11/03}, US {@code 11/03/2026}, EU {@code 03.11.2026} and {@code 03-11-2026}, and written months
 * ({@code Nov 3, 2026}, {@code 3 November 2026}). A slashed date is read month first unless the first number
 * cannot be a month.
 */
public final class ContactDates {

    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ].*)?");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})[.-](\\d{1,2})[.-](\\d{2}|\\d{4})");
    private static final List<DateTimeFormatter> WRITTEN = List.of(
            written("MMM d, uuuu"), written("MMMM d, uuuu"), written("d MMM uuuu"), written("d MMMM uuuu"),
            written("MMM d uuuu"), written("MMMM d uuuu"), written("d-MMM-uuuu"), written("d-MMM-uu"));

    private ContactDates() {
    }

    /** The date the text names, or null when it names none. */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        try {
            Matcher m = YEAR_FIRST.matcher(s);
            if (m.matches()) {
                return LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            }
            m = SLASHED.matcher(s);
            if (m.matches()) {
                int a = num(m, 1), b = num(m, 2);
                return a > 12 ? LocalDate.of(year(m), b, a) : LocalDate.of(year(m), a, b);
            }
            m = DOTTED.matcher(s);
            if (m.matches()) {
                return LocalDate.of(year(m), num(m, 2), num(m, 1));
            }
        } catch (DateTimeException e) {
            return null;
        }
        String cleaned = s.replaceAll("(\\d)(st|nd|rd|th)\\b", "$1").replace(".", "");
        for (DateTimeFormatter f : WRITTEN) {
            try {
                return LocalDate.parse(cleaned, f);
            } catch (DateTimeException e) {
                // try the next form
            }
        }
        return null;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int year(Matcher m) {
        int y = num(m, 3);
        return m.group(3).length() == 2 ? 2000 + y : y;
    }

    private static DateTimeFormatter written(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
    }
}
