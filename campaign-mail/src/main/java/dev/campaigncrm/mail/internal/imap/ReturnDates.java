package dev.campaigncrm.mail.internal.imap;

import dev.campaigncrm.reply.text.TextFolding;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The return date an out-of-office notice states ("until Monday 7 December", "bis zum 7. Dezember", "jusqu'au 7
 * décembre", "hasta el 7 de diciembre", "fino al 7 dicembre", "tot en met 7 december", "till 7 december",
 * "December 7", "2026-12-07", "07.12.2026"): the latest date mentioned, the year taken from the message date when
 * the text gives none (a date more than a month before the message is taken as next year's).
 */
public final class ReturnDates {

    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH = MONTHS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).collect(Collectors.joining("|"));
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th|er|e)?\\.?\\s+(?:de\\s+)?("
            + MONTH + ")\\b\\.?(?:,?\\s+(?:de\\s+)?(\\d{4})\\b)?");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(" + MONTH
            + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern DOTTED = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");
    private static final int MAX_CHARS = 5000;

    private ReturnDates() {
    }

    /** The latest date stated in {@code text}, with years resolved against {@code messageDate}. */
    public static Optional<LocalDate> find(String text, LocalDate messageDate) {
        String s = TextFolding.fold(text);
        if (s.length() > MAX_CHARS) {
            s = s.substring(0, MAX_CHARS);
        }
        Optional<LocalDate> best = Optional.empty();
        Matcher m = DAY_MONTH.matcher(s);
        while (m.find()) {
            best = later(best, date(m.group(3), MONTHS.get(m.group(2)), m.group(1), messageDate));
        }
        m = MONTH_DAY.matcher(s);
        while (m.find()) {
            best = later(best, date(m.group(3), MONTHS.get(m.group(1)), m.group(2), messageDate));
        }
        m = ISO.matcher(s);
        while (m.find()) {
            best = later(best, date(m.group(1), Integer.parseInt(m.group(2)), m.group(3), messageDate));
        }
        m = DOTTED.matcher(s);
        while (m.find()) {
            best = later(best, date(m.group(3), Integer.parseInt(m.group(2)), m.group(1), messageDate));
        }
        return best;
    }

    private static Optional<LocalDate> later(Optional<LocalDate> a, Optional<LocalDate> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return b.get().isAfter(a.get()) ? b : a;
    }

    private static Optional<LocalDate> date(String year, Integer month, String day, LocalDate messageDate) {
        if (month == null) {
            return Optional.empty();
        }
        try {
            int d = Integer.parseInt(day);
            if (year != null) {
                return Optional.of(LocalDate.of(Integer.parseInt(year), month, d));
            }
            LocalDate candidate = LocalDate.of(messageDate.getYear(), month, d);
            return Optional.of(candidate.isBefore(messageDate.minusDays(31)) ? candidate.plusYears(1) : candidate);
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Map<String, Integer> months() {
        String[][] names = {
            {"january", "jan", "januar", "janvier", "enero", "gennaio", "januari"},
            {"february", "feb", "februar", "fevrier", "febrero", "febbraio", "februari"},
            {"march", "mar", "marz", "mars", "marzo", "maart"},
            {"april", "apr", "avril", "abril", "aprile"},
            {"may", "mai", "mayo", "maggio", "mei", "maj"},
            {"june", "jun", "juni", "juin", "junio", "giugno"},
            {"july", "jul", "juli", "juillet", "julio", "luglio"},
            {"august", "aug", "aout", "agosto", "augusti", "augustus"},
            {"september", "sep", "sept", "septembre", "septiembre", "settembre"},
            {"october", "oct", "oktober", "octobre", "octubre", "ottobre"},
            {"november", "nov", "novembre", "noviembre"},
            {"december", "dec", "dezember", "decembre", "diciembre", "dicembre"}};
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                map.putIfAbsent(n, i + 1);
            }
        }
        return Map.copyOf(map);
    }
}
