package dev.campaigncrm.llm.internal.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The server's requested waits are read in every form servers send them. */
class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

    @Test
    void readsDeltaSecondsAndHttpDates() {
        assertThat(RetryAfter.fromHeader("30", NOW)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.fromHeader("Mon, 05 Jan 2026 09:01:00 GMT", NOW)).contains(Duration.ofMinutes(1));
        assertThat(RetryAfter.fromHeader("Mon, 05 Jan 2026 08:00:00 GMT", NOW)).contains(Duration.ZERO);
    }

    @Test
    void ignoresWhatItCannotRead() {
        assertThat(RetryAfter.fromHeader("soon", NOW)).isEmpty();
        assertThat(RetryAfter.fromHeader("-5", NOW)).isEmpty();
        assertThat(RetryAfter.fromHeader(null, NOW)).isEmpty();
        assertThat(RetryAfter.fromProtoDuration("12 seconds")).isEmpty();
    }

    @Test
    void readsProtobufDurations() {
        assertThat(RetryAfter.fromProtoDuration("12s")).contains(Duration.ofSeconds(12));
        assertThat(RetryAfter.fromProtoDuration("1.5s")).contains(Duration.ofMillis(1500));
        assertThat(RetryAfter.fromProtoDuration("0.250s")).contains(Duration.ofMillis(250));
    }

    @Test
    void longerPicksTheLongerWait() {
        assertThat(RetryAfter.longer(Optional.of(Duration.ofSeconds(3)), Optional.of(Duration.ofSeconds(9))))
                .contains(Duration.ofSeconds(9));
        assertThat(RetryAfter.longer(Optional.empty(), Optional.of(Duration.ofSeconds(9))))
                .contains(Duration.ofSeconds(9));
        assertThat(RetryAfter.longer(Optional.empty(), Optional.empty())).isEmpty();
    }
}
