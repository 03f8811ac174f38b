package dev.campaigncrm.examples;

import dev.campaigncrm.mail.throttle.SendingWindow;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the {@code --window} option: days, hours and an optional time zone, e.g. {@code Mon-Fri 09:00-17:00
 * Europe/Berlin}, {@code Mon,Wed,Fri 08:30-12:00} or {@code daily 10:00-16:00 UTC}. Without a zone the machine's
 * zone is used.
 */
final class WindowSpec {

    private static final String EXAMPLE = "e.g. \"Mon-Fri 09:00-17:00 Europe/Berlin\"";

    private WindowSpec() {
    }

    /** The window {@code spec} describes; throws IllegalArgumentException with a message for the user. */
    static SendingWindow parse(String spec, ZoneId defaultZone) {
        String[] parts = spec.strip().split("\\s+");
        if (parts.length < 2 || parts.length > 3) {
            throw bad(spec);
        }
        Set<DayOfWeek> days = days(parts[0], spec);
        String[] hours = parts[1].split("-", -1);
        if (hours.length != 2) {
            throw bad(spec);
        }
        try {
            LocalTime start = LocalTime.parse(hours[0]);
            LocalTime end = LocalTime.parse(hours[1]);
            ZoneId zone = parts.length == 3 ? ZoneId.of(parts[2]) : defaultZone;
            return new SendingWindow(days, start, end, zone);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--window hours must be like 09:00-17:00, not '" + parts[1] + "'");
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("--window time zone must be like Europe/Berlin or UTC, not '"
                    + parts[2] + "'");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--window: " + e.getMessage());
        }
    }

    private static Set<DayOfWeek> days(String text, String spec) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.equals("daily") || t.equals("any")) {
            return EnumSet.allOf(DayOfWeek.class);
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String item : t.split(",")) {
            String[] range = item.split("-", -1);
            if (range.length == 1) {
                days.add(day(range[0], spec));
            } else if (range.length == 2) {
                DayOfWeek from = day(range[0], spec);
                DayOfWeek to = day(range[1], spec);
                for (DayOfWeek d = from; ; d = d.plus(1)) {
                    days.add(d);
                    if (d == to) {
                        break;
                    }
                }
            } else {
                throw bad(spec);
            }
        }
        return days;
    }

    private static DayOfWeek day(String name, String spec) {
        for (DayOfWeek d : DayOfWeek.values()) {
            String full = d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && (name.equals(full) || (name.length() >= 3 && full.startsWith(name)))) {
                return d;
            }
        }
        throw bad(spec);
    }

    private static IllegalArgumentException bad(String spec) {
        return new IllegalArgumentException("--window must be DAYS HH:MM-HH:MM [ZONE], " + EXAMPLE + ", not '"
                + spec + "'");
    }
}
