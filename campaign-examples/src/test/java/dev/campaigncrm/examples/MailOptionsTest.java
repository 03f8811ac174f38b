package dev.campaigncrm.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.campaigncrm.mail.throttle.SendingWindow;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The mail options of the command line: the sending window, the campaign id and the IMAP URI. */
class MailOptionsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void aWindowNamesDaysHoursAndZone() {
        SendingWindow w = WindowSpec.parse("Mon-Fri 09:00-17:00 Europe/Berlin", ZoneId.of("UTC"));

        assertThat(w).isEqualTo(new SendingWindow(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0), LocalTime.of(17, 0), BERLIN));
        assertThat(w.contains(ZonedDateTime.of(2026, 11, 24, 16, 59, 0, 0, BERLIN).toInstant())).isTrue();
        assertThat(w.contains(ZonedDateTime.of(2026, 11, 28, 10, 0, 0, 0, BERLIN).toInstant())).as("Saturday")
                .isFalse();
    }

    @Test
    void daysMayBeListedWrapAroundTheWeekendAndTheZoneDefaults() {
        assertThat(WindowSpec.parse("mon,Wednesday,FRI 08:30-12:00", BERLIN).days())
                .containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        assertThat(WindowSpec.parse("Fri-Mon 10:00-16:00", BERLIN).days()).containsExactlyInAnyOrder(
                DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY);
        assertThat(WindowSpec.parse("daily 10:00-16:00", BERLIN).days()).hasSize(7);
        assertThat(WindowSpec.parse("daily 10:00-16:00", BERLIN).zone()).isEqualTo(BERLIN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Mon-Fri", "Mon-Fri 9-17", "Mon-Fri 17:00-09:00", "Funday 09:00-17:00",
            "Mon-Fri 09:00-17:00 Mars/Olympus", "Mon-Fri 09:00-17:00 UTC extra", "Mo-Fr 09:00-17:00"})
    void aBadWindowIsAUsageErrorNamingTheOption(String spec) {
        assertThatThrownBy(() -> AppOptions.parse("--window", spec)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--window");
    }

    @Test
    void theCampaignIdDefaultsToTheDayAndMayBeNamed() {
        assertThat(AppOptions.parse("--as-of", "2026-11-24").campaign()).isEqualTo("campaign-2026-11-24");
        assertThat(AppOptions.parse("--as-of", "2026-11-24", "--campaign-id", "q4-outreach").campaign())
                .isEqualTo("q4-outreach");
        assertThatThrownBy(() -> AppOptions.parse("--campaign-id", "q4 outreach\r\nBcc: x"))
                .hasMessageContaining("--campaign-id must be");
    }

    @Test
    void everyMailOptionIsKept() {
        AppOptions.Mail m = AppOptions.parse("--imap", "imaps://me@imap.example.org:993/INBOX", "--reply-to",
                "replies@seller.test", "--unsubscribe-url", "https://seller.test/u?e={email}", "--unsubscribe-mail",
                "unsubscribe@seller.test", "--postal-address", "1 Harbour Street", "--suppression-file", "dnc.csv",
                "--rate", "2.5", "--per-domain", "20/1h", "--window", "Mon-Fri 09:00-17:00 UTC",
                "--resend-uncertain").mail();

        assertThat(m.imap()).isEqualTo("imaps://me@imap.example.org:993/INBOX");
        assertThat(m.replyTo()).isEqualTo("replies@seller.test");
        assertThat(m.unsubscribeUrl()).isEqualTo("https://seller.test/u?e={email}");
        assertThat(m.unsubscribeMail()).isEqualTo("unsubscribe@seller.test");
        assertThat(m.postalAddress()).isEqualTo("1 Harbour Street");
        assertThat(m.suppressionFile()).isEqualTo(Path.of("dnc.csv"));
        assertThat(m.perSecond()).isEqualTo(2.5);
        assertThat(m.perDomain()).isEqualTo(new AppOptions.DomainCap(20, java.time.Duration.ofHours(1)));
        assertThat(AppOptions.parse("--per-domain", "5/10m").mail().perDomain().period())
                .isEqualTo(java.time.Duration.ofMinutes(10));
        assertThat(m.window().zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(m.resendUncertain()).isTrue();
    }

    @Test
    void anImapUriWithAPasswordIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> AppOptions.parse("--imap", "imaps://me:s3cret-pw@imap.example.org/INBOX"))
                .hasMessageContaining("--imap must be like").hasMessageNotContaining("s3cret-pw");
        assertThatThrownBy(() -> AppOptions.parse("--imap", "https://imap.example.org"))
                .hasMessageContaining("--imap must be like");
    }
}
