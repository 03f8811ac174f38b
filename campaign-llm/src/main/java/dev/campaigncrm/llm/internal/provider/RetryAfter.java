package dev.campaigncrm.llm.internal.provider;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads how long a server asked us to wait: an HTTP {@code Retry-After} header, or a protobuf duration like "1.5s". */
public final class RetryAfter {

    private static final Pattern SECONDS = Pattern.compile("\\d{1,9}");
    private static final Pattern PROTO_DURATION = Pattern.compile("(\\d{1,9}(?:\\.\\d{1,9})?)s");

    private RetryAfter() {
    }

    /** A {@code Retry-After} value: delta-seconds or an HTTP-date (a date in the past means "now"). */
    public static Optional<Duration> fromHeader(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String trimmed = value.strip();
        if (SECONDS.matcher(trimmed).matches()) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
        }
        try {
            Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A google.protobuf.Duration in its JSON form, as in {@code RetryInfo.retryDelay}: "12s", "1.5s", "0.250s". */
    public static Optional<Duration> fromProtoDuration(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = PROTO_DURATION.matcher(value.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal seconds = new BigDecimal(m.group(1));
        return Optional.of(Duration.ofNanos(seconds.movePointRight(9).longValue()));
    }

    /** The longer of two optional waits. */
    public static Optional<Duration> longer(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return Optional.of(a.get().compareTo(b.get()) >= 0 ? a.get() : b.get());
    }
}
