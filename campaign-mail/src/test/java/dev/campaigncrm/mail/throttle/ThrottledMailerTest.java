package dev.campaigncrm.mail.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.compose.Tone;
import dev.campaigncrm.compose.Urgency;
import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.send.SendResult;
import dev.campaigncrm.send.SendStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** ThrottledMailer with a per-thread virtual clock: what reached the delegate, and when. */
@Timeout(value = 60, unit = TimeUnit.SECONDS) // a safety net against a deadlock, not an assertion about speed
class ThrottledMailerTest {

    private static final Instant T0 = Instant.parse("2026-11-24T09:30:00Z"); // a Tuesday
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final VirtualClock clock = new VirtualClock(T0);
    private final RecordingMailer server = new RecordingMailer(clock);

    private ThrottledMailer.Builder throttled() {
        return ThrottledMailer.builder(server).clock(clock).sleeper(clock.sleeper());
    }

    private static EmailDraft draft(String id, String to) {
        return new EmailDraft(id, to, "Lead " + id, "Hello", "Body", Tone.PROFESSIONAL, Urgency.WARM, "",
                Provenance.of("template"));
    }

    /** Sends {@code perThread} drafts from each of 16 threads, to {@code domains} in turn. */
    private List<SendResult> sendFrom16Threads(ThrottledMailer mailer, int perThread, String... domains)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<List<SendResult>>> futures = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    List<SendResult> results = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        String domain = domains[(thread + i) % domains.length];
                        results.add(mailer.send(draft(thread + "-" + i, "lead" + thread + "." + i + "@" + domain)));
                    }
                    return results;
                }));
            }
            List<SendResult> all = new ArrayList<>();
            for (Future<List<SendResult>> f : futures) {
                all.addAll(f.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The most sends in any window {@code (t - period, t]}. */
    private static int mostInAnyWindow(List<Instant> sortedTimes, Duration period) {
        int most = 0;
        int from = 0;
        for (int to = 0; to < sortedTimes.size(); to++) {
            while (!sortedTimes.get(from).isAfter(sortedTimes.get(to).minus(period))) {
                from++;
            }
            most = Math.max(most, to - from + 1);
        }
        return most;
    }

    @Test
    void messagesPerSecondIsNeverExceededBy16Threads() throws Exception {
        ThrottledMailer mailer = throttled().messagesPerSecond(10).build();

        List<SendResult> results = sendFrom16Threads(mailer, 10, "a.test");

        assertThat(results).hasSize(160).allMatch(SendResult::isSent);
        List<Instant> times = server.times();
        assertThat(times).hasSize(160);
        assertThat(mostInAnyWindow(times, Duration.ofSeconds(1))).isEqualTo(10);
        assertThat(mostInAnyWindow(times, Duration.ofMillis(100))).isEqualTo(1);
        // evenly spaced at 100 ms: 160 messages take 15.9 s, no more
        assertThat(Duration.between(times.get(0), times.get(159))).isEqualTo(Duration.ofMillis(15_900));
    }

    @Test
    void burstAllowsThatManyAtOnceThenTheRate() {
        ThrottledMailer mailer = throttled().messagesPerSecond(2, 3).build();

        for (int i = 0; i < 5; i++) {
            mailer.send(draft("L" + i, "l" + i + "@a.test"));
        }

        assertThat(server.times()).containsExactly(T0, T0, T0, T0.plusMillis(500), T0.plusMillis(1000));
    }

    @Test
    void slidingWindowAllowsNPerPeriodAndNoMore() throws Exception {
        ThrottledMailer mailer = throttled().slidingWindow(5, Duration.ofMinutes(1)).build();

        List<SendResult> results = sendFrom16Threads(mailer, 2, "a.test");

        assertThat(results).hasSize(32).allMatch(SendResult::isSent);
        List<Instant> times = server.times();
        assertThat(mostInAnyWindow(times, Duration.ofMinutes(1))).isEqualTo(5);
        assertThat(times.get(0)).isEqualTo(T0);
        // 32 messages, 5 a minute: the 31st and 32nd go in the seventh minute, at once when it starts
        assertThat(times.get(31)).isEqualTo(T0.plus(Duration.ofMinutes(6)));
        assertThat(times.stream().filter(T0::equals)).hasSize(5);
    }

    @Test
    void perDomainLimitHoldsForEveryDomainWith16Threads() throws Exception {
        ThrottledMailer mailer = throttled().perDomain(20, Duration.ofMinutes(1)).build();

        List<SendResult> results = sendFrom16Threads(mailer, 10, "a.test", "b.test", "C.TEST");

        assertThat(results).hasSize(160).allMatch(SendResult::isSent);
        for (String domain : List.of("a.test", "b.test", "c.test")) {
            List<Instant> times = server.sends().stream()
                    .filter(s -> s.to().toLowerCase(java.util.Locale.ROOT).endsWith("@" + domain))
                    .map(RecordingMailer.Sent::at).sorted().toList();
            assertThat(times).hasSizeGreaterThan(40);
            // never over the limit; near it, so the limiter is not merely slow (threads interleave, so exactly 20
            // is not guaranteed in every window)
            assertThat(mostInAnyWindow(times, Duration.ofMinutes(1))).as(domain).isBetween(15, 20);
        }
    }

    @Test
    void aDomainAtItsLimitDoesNotHoldBackOtherDomains() throws Exception {
        CountDownLatch waiting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Sleeper blockingOnce = d -> {
            waiting.countDown();
            release.await();
            clock.advance(d);
        };
        ThrottledMailer mailer = ThrottledMailer.builder(server).clock(clock).sleeper(blockingOnce)
                .perDomain(2, Duration.ofMinutes(1)).build();
        mailer.send(draft("1", "a@busy.test"));
        mailer.send(draft("2", "b@busy.test"));
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<SendResult> third = other.submit(() -> mailer.send(draft("3", "c@busy.test")));
            waiting.await(); // the third busy.test message now waits for its domain's minute

            SendResult elsewhere = mailer.send(draft("4", "d@other.test"));

            assertThat(elsewhere.isSent()).isTrue();
            assertThat(third.isDone()).isFalse();
            release.countDown();
            assertThat(third.get().isSent()).isTrue();
        } finally {
            release.countDown();
            other.shutdownNow();
        }
        assertThat(server.sends()).extracting(RecordingMailer.Sent::to)
                .containsExactly("a@busy.test", "b@busy.test", "d@other.test", "c@busy.test");
        assertThat(server.sends().get(2).at()).isEqualTo(T0);
        assertThat(server.sends().get(3).at()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
    }

    @Test
    void pausesAfterConsecutiveFailuresThenResumes() {
        server.thenFail(true, true, true);
        ThrottledMailer mailer = throttled().pauseAfterFailures(3, Duration.ofMinutes(5)).build();

        List<SendStatus> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            statuses.add(mailer.send(draft("L" + i, "l" + i + "@a.test")).status());
        }

        assertThat(statuses).containsExactly(SendStatus.FAILED, SendStatus.FAILED, SendStatus.FAILED,
                SendStatus.SENT, SendStatus.SENT);
        assertThat(server.times()).containsExactly(T0, T0, T0, T0.plus(Duration.ofMinutes(5)),
                T0.plus(Duration.ofMinutes(5)));
    }

    @Test
    void aSuccessBetweenFailuresStartsTheCountAgain() {
        server.thenFail(true, true, false, true, true, false);
        ThrottledMailer mailer = throttled().pauseAfterFailures(3, Duration.ofMinutes(5)).build();

        for (int i = 0; i < 6; i++) {
            mailer.send(draft("L" + i, "l" + i + "@a.test"));
        }

        assertThat(server.times()).hasSize(6).allMatch(T0::equals);
    }

    @Test
    void outsideTheSendingWindowASendWaitsUntilItOpens() {
        clock.set(ZonedDateTime.of(2026, 11, 28, 10, 0, 0, 0, BERLIN).toInstant()); // Saturday
        ThrottledMailer mailer = throttled()
                .sendingWindow(SendingWindow.weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0), BERLIN)).build();

        SendResult result = mailer.send(draft("L1", "l1@a.test"));

        assertThat(result.isSent()).isTrue();
        assertThat(server.times()).containsExactly(ZonedDateTime.of(2026, 11, 30, 9, 0, 0, 0, BERLIN).toInstant());
    }

    @Test
    void aRateThatRunsPastClosingTimeWaitsForTheNextDay() {
        clock.set(ZonedDateTime.of(2026, 11, 24, 16, 59, 59, 0, BERLIN).toInstant()); // Tuesday
        ThrottledMailer mailer = throttled().messagesPerSecond(1)
                .sendingWindow(SendingWindow.weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0), BERLIN)).build();

        mailer.send(draft("L1", "l1@a.test"));
        mailer.send(draft("L2", "l2@a.test"));

        assertThat(server.times()).containsExactly(
                ZonedDateTime.of(2026, 11, 24, 16, 59, 59, 0, BERLIN).toInstant(),
                ZonedDateTime.of(2026, 11, 25, 9, 0, 0, 0, BERLIN).toInstant());
    }

    @Test
    void withoutWaitingASendOutsideTheWindowIsSkippedAndNeverReachesTheServer() {
        SendingWindow window = SendingWindow.weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0), BERLIN);
        ThrottledMailer mailer = throttled().sendingWindow(window).waitForWindow(false).build();
        clock.set(ZonedDateTime.of(2026, 11, 24, 8, 59, 59, 0, BERLIN).toInstant());

        SendResult early = mailer.send(draft("L1", "l1@a.test"));
        clock.set(ZonedDateTime.of(2026, 11, 24, 9, 0, 0, 0, BERLIN).toInstant());
        SendResult onTime = mailer.send(draft("L2", "l2@a.test"));

        assertThat(early.status()).isEqualTo(SendStatus.SKIPPED);
        assertThat(early.error()).startsWith("outside the sending window");
        assertThat(onTime.isSent()).isTrue();
        assertThat(server.sends()).extracting(RecordingMailer.Sent::to).containsExactly("l2@a.test");
    }

    @Test
    void anInterruptedWaitFailsTheSendAndKeepsTheInterrupt() {
        ThrottledMailer mailer = ThrottledMailer.builder(server).clock(clock).messagesPerSecond(1).build();
        mailer.send(draft("L1", "l1@a.test"));

        Thread.currentThread().interrupt();
        SendResult result = mailer.send(draft("L2", "l2@a.test"));

        assertThat(Thread.interrupted()).isTrue();
        assertThat(result.status()).isEqualTo(SendStatus.FAILED);
        assertThat(result.error()).contains("interrupted");
        assertThat(server.sends()).hasSize(1);
    }

    @Test
    void withoutLimitsEverySendPassesStraightThrough() {
        ThrottledMailer mailer = throttled().build();

        for (int i = 0; i < 50; i++) {
            mailer.send(draft("L" + i, "l" + i + "@a.test"));
        }

        assertThat(server.times()).hasSize(50).allMatch(T0::equals);
        assertThat(mailer.describe()).isEqualTo("recording");
    }

    @Test
    void describeNamesTheLimits() {
        ThrottledMailer mailer = throttled().messagesPerSecond(10).slidingWindow(500, Duration.ofHours(1))
                .perDomain(20, Duration.ofMinutes(1)).pauseAfterFailures(5, Duration.ofMinutes(2)).build();

        assertThat(mailer.describe()).startsWith("recording (throttled: 10/s").contains("500 per PT1H")
                .contains("20 per PT1M per domain").contains("pause PT2M after 5 failures");
    }
}
