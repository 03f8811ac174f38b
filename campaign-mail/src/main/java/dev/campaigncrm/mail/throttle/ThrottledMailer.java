package dev.campaigncrm.mail.throttle;

import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.send.journal.SendGate;
import dev.campaigncrm.mail.internal.throttle.FailurePause;
import dev.campaigncrm.mail.internal.throttle.RateLimit;
import dev.campaigncrm.mail.internal.throttle.WindowLimit;
import dev.campaigncrm.send.Mailer;
import dev.campaigncrm.send.SendResult;
import dev.campaigncrm.send.SendStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A {@link Mailer} decorator that paces sending: messages per second (token bucket), at most N messages in any
 * sliding period, at most M per recipient domain in any sliding period, a pause after a run of failures, and an
 * optional sending window outside which messages wait (or are skipped). Callers are admitted first come, first
 * served; a caller held back by its recipient's domain does not hold back mail to other domains. The sending itself
 * runs in the callers' threads, in parallel. Safe for concurrent use.
 */
public final class ThrottledMailer implements Mailer, SendGate {

    private final Mailer delegate;
    private final Clock clock;
    private final Sleeper sleeper;
    private final RateLimit rate;
    private final WindowLimit window;
    private final DomainSettings perDomain;
    private final FailurePause failures;
    private final SendingWindow sendingWindow;
    private final boolean waitForWindow;
    private final ReentrantLock gate = new ReentrantLock(true);
    private final Map<String, DomainGate> domains = new ConcurrentHashMap<>();
    private Instant lastAdmission = Instant.MIN;

    private ThrottledMailer(Builder b) {
        this.delegate = b.delegate;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.rate = b.perSecond > 0 ? new RateLimit(b.perSecond, b.burst) : null;
        this.window = b.windowMax > 0 ? new WindowLimit(b.windowMax, b.windowPeriod) : null;
        this.perDomain = b.domainMax > 0 ? new DomainSettings(b.domainMax, b.domainPeriod) : null;
        this.failures = b.failureThreshold > 0 ? new FailurePause(b.failureThreshold, b.failurePause) : null;
        this.sendingWindow = b.sendingWindow;
        this.waitForWindow = b.waitForWindow;
    }

    /** A builder around {@code delegate}; with no option set, the mailer passes every send straight through. */
    public static Builder builder(Mailer delegate) {
        return new Builder(delegate);
    }

    /** Delegates. */
    @Override
    public void checkReachable() {
        delegate.checkReachable();
    }

    /**
     * Waits for this message's turn, then sends it through the delegate. Returns {@code SKIPPED} "outside the
     * sending window" when the window is closed and {@code waitForWindow(false)} was chosen, and {@code FAILED} when
     * the thread is interrupted while waiting (the interrupt flag is kept).
     */
    @Override
    public SendResult send(EmailDraft draft) {
        Optional<SendResult> refused = admit(draft);
        if (refused.isPresent()) {
            return refused.get();
        }
        SendResult result;
        try {
            result = delegate.send(draft);
        } catch (RuntimeException e) {
            if (failures != null) {
                failures.failed(clock.instant());
            }
            throw e;
        }
        settled(result);
        return result;
    }

    /**
     * As a {@link SendGate}: waits for the message's turn without sending it; empty when it may go, else the
     * {@code SKIPPED} (window closed) or {@code FAILED} (interrupted) result.
     */
    @Override
    public Optional<SendResult> admit(EmailDraft draft) {
        Objects.requireNonNull(draft, "draft");
        DomainGate domain = perDomain == null ? null
                : domains.computeIfAbsent(domainOf(draft.to()), d -> new DomainGate(perDomain));
        try {
            if (!admit(domain)) {
                return Optional.of(SendResult.skipped(draft.leadId(), draft.to(), clock.instant(),
                        "outside the sending window (" + sendingWindow + ")"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(SendResult.failed(draft.leadId(), draft.to(), clock.instant(),
                    "interrupted while waiting for its turn to be sent"));
        }
        return Optional.empty();
    }

    /** As a {@link SendGate}: counts failures in a row for the pause, and resets the count on a success. */
    @Override
    public void settled(SendResult result) {
        if (failures != null) {
            if (result.status() == SendStatus.FAILED) {
                failures.failed(clock.instant());
            } else if (result.status() == SendStatus.SENT) {
                failures.succeeded();
            }
        }
    }

    /** The delegate's description with the limits, e.g. {@code smtp://localhost:1025 (throttled: 10/s ...)}. */
    /** The wrapped mailer's Message-ID for this draft. */
    @Override
    public Optional<String> messageIdFor(EmailDraft draft) {
        return delegate.messageIdFor(draft);
    }

    @Override
    public String describe() {
        String limits = limits();
        return limits.isEmpty() ? delegate.describe() : delegate.describe() + " (" + limits + ")";
    }

    /** As a {@link SendGate}: the limits in force, e.g. {@code throttled: 10/s, 20 per PT1M per domain}. */
    @Override
    public String limits() {
        List<String> limits = new ArrayList<>();
        if (rate != null) {
            limits.add(rate.toString());
        }
        if (window != null) {
            limits.add(window.toString());
        }
        if (perDomain != null) {
            limits.add(perDomain.max() + " per " + perDomain.period() + " per domain");
        }
        if (failures != null) {
            limits.add(failures.toString());
        }
        if (sendingWindow != null) {
            limits.add("window " + sendingWindow + (waitForWindow ? "" : " (else skipped)"));
        }
        return limits.isEmpty() ? "" : "throttled: " + String.join(", ", limits);
    }

    /** Closes the delegate. */
    @Override
    public void close() {
        delegate.close();
    }

    /**
     * Blocks until the message may go: first in its domain's queue (so that a busy domain does not hold back
     * others), then in the common queue. Admission times never go backwards, even when the clock does.
     *
     * @return false when the message must be skipped because the sending window is closed
     */
    private boolean admit(DomainGate domain) throws InterruptedException {
        if (domain == null) {
            return admitInOrder(null);
        }
        domain.lock.lockInterruptibly();
        try {
            while (true) {
                Instant now = clock.instant();
                Instant ready = domain.readyAt(now);
                if (!ready.isAfter(now)) {
                    break;
                }
                sleeper.sleep(Duration.between(now, ready));
            }
            return admitInOrder(domain);
        } finally {
            domain.lock.unlock();
        }
    }

    private boolean admitInOrder(DomainGate domain) throws InterruptedException {
        gate.lockInterruptibly();
        try {
            while (true) {
                Instant now = clock.instant();
                Instant ready = readyAt(later(now, lastAdmission), domain);
                if (sendingWindow != null && !waitForWindow && !sendingWindow.contains(ready)) {
                    return false;
                }
                if (ready.isAfter(now)) {
                    sleeper.sleep(Duration.between(now, ready));
                    continue;
                }
                record(now, domain);
                return true;
            }
        } finally {
            gate.unlock();
        }
    }

    /** The earliest moment at or after {@code from} that satisfies every limit at once. */
    private Instant readyAt(Instant from, DomainGate domain) {
        Instant ready = from;
        while (true) {
            Instant before = ready;
            if (failures != null) {
                ready = failures.readyAt(ready);
            }
            if (rate != null) {
                ready = rate.readyAt(ready);
            }
            if (window != null) {
                ready = window.readyAt(ready);
            }
            if (domain != null) {
                ready = domain.readyAt(ready);
            }
            if (sendingWindow != null && waitForWindow) {
                ready = sendingWindow.nextOpening(ready);
            }
            if (ready.equals(before)) {
                return ready;
            }
        }
    }

    private void record(Instant at, DomainGate domain) {
        lastAdmission = at;
        if (rate != null) {
            rate.record(at);
        }
        if (window != null) {
            window.record(at);
        }
        if (domain != null) {
            domain.record(at);
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String domainOf(String address) {
        String a = address == null ? "" : address.strip();
        int at = a.lastIndexOf('@');
        return at < 0 ? "" : a.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    private record DomainSettings(int max, Duration period) {
    }

    /** One recipient domain's queue and sliding window; changed only by the holder of its lock. */
    private static final class DomainGate {

        private final ReentrantLock lock = new ReentrantLock(true);
        private final WindowLimit limit;
        private Instant last = Instant.MIN;

        DomainGate(DomainSettings settings) {
            this.limit = new WindowLimit(settings.max(), settings.period());
        }

        Instant readyAt(Instant now) {
            return limit.readyAt(later(now, last));
        }

        void record(Instant at) {
            last = at;
            limit.record(at);
        }
    }

    /** Configures a {@link ThrottledMailer}; every setter validates its value at once. */
    public static final class Builder {

        private final Mailer delegate;
        private double perSecond;
        private int burst = 1;
        private int windowMax;
        private Duration windowPeriod;
        private int domainMax;
        private Duration domainPeriod;
        private int failureThreshold;
        private Duration failurePause;
        private SendingWindow sendingWindow;
        private boolean waitForWindow = true;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();

        private Builder(Mailer delegate) {
            this.delegate = Objects.requireNonNull(delegate, "delegate");
        }

        /** At most {@code rate} messages a second, evenly spaced (no burst). */
        public Builder messagesPerSecond(double rate) {
            return messagesPerSecond(rate, 1);
        }

        /** At most {@code rate} messages a second on average, with bursts of up to {@code burst} at once. */
        public Builder messagesPerSecond(double rate, int burst) {
            new RateLimit(rate, burst); // validates
            this.perSecond = rate;
            this.burst = burst;
            return this;
        }

        /** At most {@code messages} in any sliding {@code period}, e.g. 500 per hour. */
        public Builder slidingWindow(int messages, Duration period) {
            new WindowLimit(messages, period); // validates
            this.windowMax = messages;
            this.windowPeriod = period;
            return this;
        }

        /** At most {@code messages} to one recipient domain in any sliding {@code period}, e.g. 20 per minute. */
        public Builder perDomain(int messages, Duration period) {
            new WindowLimit(messages, period); // validates
            this.domainMax = messages;
            this.domainPeriod = period;
            return this;
        }

        /** After {@code failures} failed sends in a row, sends nothing for {@code pause}, then resumes. */
        public Builder pauseAfterFailures(int failures, Duration pause) {
            new FailurePause(failures, pause); // validates
            this.failureThreshold = failures;
            this.failurePause = pause;
            return this;
        }

        /** Sends only inside {@code window}; by default a message outside it waits until it opens. */
        public Builder sendingWindow(SendingWindow window) {
            this.sendingWindow = Objects.requireNonNull(window, "window");
            return this;
        }

        /** True (default): wait for the sending window to open; false: skip messages outside it at once. */
        public Builder waitForWindow(boolean wait) {
            this.waitForWindow = wait;
            return this;
        }

        /** The clock the limits are measured with (default UTC system clock). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How waiting is done (default {@link Sleeper#system()}). */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /** The mailer. */
        public ThrottledMailer build() {
            return new ThrottledMailer(this);
        }
    }
}
