package dev.campaigncrm.mail.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** SendingWindow: which moments are inside, and when it opens next, in the window's own time zone. */
class SendingWindowTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final SendingWindow WEEKDAYS = SendingWindow.weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0),
            NEW_YORK);

    private static Instant ny(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, NEW_YORK).toInstant();
    }

    @Test
    void startIsInsideAndEndIsOutside() {
        assertThat(WEEKDAYS.contains(ny(11, 24, 9, 0))).isTrue();
        assertThat(WEEKDAYS.contains(ny(11, 24, 16, 59))).isTrue();
        assertThat(WEEKDAYS.contains(ny(11, 24, 17, 0))).isFalse();
        assertThat(WEEKDAYS.contains(ny(11, 24, 8, 59))).isFalse();
        assertThat(WEEKDAYS.contains(ny(11, 28, 12, 0))).isFalse(); // Saturday
    }

    @Test
    void usesTheWindowsTimeZoneNotUtc() {
        // 15:00 UTC on a Tuesday is 10:00 in New York: inside; 23:00 UTC is 18:00: outside
        assertThat(WEEKDAYS.contains(Instant.parse("2026-11-24T15:00:00Z"))).isTrue();
        assertThat(WEEKDAYS.contains(Instant.parse("2026-11-24T23:00:00Z"))).isFalse();
    }

    @Test
    void nextOpeningIsTodayTomorrowOrAfterTheWeekend() {
        assertThat(WEEKDAYS.nextOpening(ny(11, 24, 7, 0))).isEqualTo(ny(11, 24, 9, 0));
        assertThat(WEEKDAYS.nextOpening(ny(11, 24, 12, 0))).isEqualTo(ny(11, 24, 12, 0));
        assertThat(WEEKDAYS.nextOpening(ny(11, 24, 17, 0))).isEqualTo(ny(11, 25, 9, 0));
        assertThat(WEEKDAYS.nextOpening(ny(11, 27, 18, 0))).isEqualTo(ny(11, 30, 9, 0)); // Friday evening
    }

    @Test
    void aSingleDayWindowOpensAWeekLater() {
        SendingWindow tuesdays = new SendingWindow(Set.of(DayOfWeek.TUESDAY), LocalTime.of(10, 0),
                LocalTime.of(11, 0), NEW_YORK);

        assertThat(tuesdays.nextOpening(ny(11, 24, 11, 0))).isEqualTo(ny(12, 1, 10, 0));
    }

    @Test
    void rejectsAnEmptyOrBackwardWindow() {
        assertThatThrownBy(() -> new SendingWindow(EnumSet.noneOf(DayOfWeek.class), LocalTime.of(9, 0),
                LocalTime.of(17, 0), NEW_YORK)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SendingWindow.weekdays(LocalTime.of(17, 0), LocalTime.of(9, 0), NEW_YORK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start before it ends");
    }
}
