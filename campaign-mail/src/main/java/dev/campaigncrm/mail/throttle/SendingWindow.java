package dev.campaigncrm.mail.throttle;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * When mail may go out: some days of the week, from {@code start} (inclusive) to {@code end} (exclusive) local time
 * in {@code zone}, e.g. Monday to Friday 09:00–17:00 in Europe/Berlin.
 *
 * @param days  the days sending is allowed (at least one)
 * @param start the local time sending opens each allowed day
 * @param end   the local time sending closes, after {@code start}
 * @param zone  the time zone of the recipients, or the sender's
 */
public record SendingWindow(Set<DayOfWeek> days, LocalTime start, LocalTime end, ZoneId zone) {

    /** Validates and copies the days. */
    public SendingWindow {
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        if (days.isEmpty()) {
            throw new IllegalArgumentException("a sending window needs at least one day");
        }
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a sending window must start before it ends, not " + start + "–"
                    + end);
        }
        days = Set.copyOf(EnumSet.copyOf(days));
    }

    /** Monday to Friday from {@code start} to {@code end} in {@code zone}. */
    public static SendingWindow weekdays(LocalTime start, LocalTime end, ZoneId zone) {
        return new SendingWindow(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), start, end, zone);
    }

    /** True when {@code instant} falls inside the window. */
    public boolean contains(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        LocalTime t = local.toLocalTime();
        return days.contains(local.getDayOfWeek()) && !t.isBefore(start) && t.isBefore(end);
    }

    /** {@code instant} itself when inside the window, otherwise the moment the window next opens. */
    public Instant nextOpening(Instant instant) {
        if (contains(instant)) {
            return instant;
        }
        LocalDate date = instant.atZone(zone).toLocalDate();
        for (int d = 0; d <= 7; d++) {
            LocalDate day = date.plusDays(d);
            if (days.contains(day.getDayOfWeek())) {
                Instant opens = ZonedDateTime.of(day, start, zone).toInstant();
                if (opens.isAfter(instant)) {
                    return opens;
                }
            }
        }
        throw new IllegalStateException("unreachable: a window with a day opens within a week");
    }

    /** E.g. {@code MONDAY-FRIDAY 09:00-17:00 Europe/Berlin}. */
    @Override
    public String toString() {
        return EnumSet.copyOf(days) + " " + start + "-" + end + " " + zone;
    }
}
