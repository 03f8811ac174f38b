package dev.campaigncrm.store;

import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.send.SendResult;
import dev.campaigncrm.send.journal.SendGate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A {@link SendGate} whose limits hold for all the workers of a campaign together, counted in the store's
 * {@link SendSlots}: a rate (messages per second, in whole-second windows: a rate of 2.5 admits 2 a second; below 1,
 * one message per {@code ceil(1/rate)} seconds) and a cap per recipient domain per period (fixed windows of the
 * period, aligned on the epoch). A message takes a slot of the current rate window, then one of its domain's window;
 * when a window is full it waits for the next one. A slot taken for a message that then waits for its domain is not
 * given back: the limits may be undershot, never exceeded. Another gate (e.g. a {@code ThrottledMailer} with the
 * sending window and the pause after failures, which hold per worker by the clock alone) is asked first.
 */
public final class SharedSendLimits implements SendGate {

    private final SendSlots slots;
    private final String campaignId;
    private final long rateWindowMs;
    private final int ratePerWindow;
    private final long domainWindowMs;
    private final int domainPerWindow;
    private final SendGate first;
    private final Clock clock;
    private final String described;

    private SharedSendLimits(Builder b) {
        this.slots = b.slots;
        this.campaignId = b.campaignId;
        if (b.perSecond > 0) {
            this.rateWindowMs = b.perSecond >= 1 ? 1000 : (long) Math.ceil(1000 / b.perSecond / 1000) * 1000;
            this.ratePerWindow = b.perSecond >= 1 ? (int) Math.floor(b.perSecond) : 1;
        } else {
            this.rateWindowMs = 0;
            this.ratePerWindow = 0;
        }
        this.domainWindowMs = b.domainPeriod == null ? 0 : b.domainPeriod.toMillis();
        this.domainPerWindow = b.domainMax;
        this.first = b.first;
        this.clock = b.clock;
        List<String> parts = new ArrayList<>();
        if (ratePerWindow > 0) {
            parts.add(ratePerWindow + " per " + rateWindowMs / 1000 + " s");
        }
        if (domainPerWindow > 0) {
            parts.add(domainPerWindow + " per " + b.domainPeriod + " per domain");
        }
        String own = parts.isEmpty() ? "" : "shared by all workers: " + String.join(", ", parts);
        String before = first == null ? "" : first.limits();
        this.described = String.join("; ", Stream.of(before, own).filter(s -> !s.isEmpty()).toList());
    }

    /** A builder counting in {@code slots} for {@code campaignId}. */
    public static Builder builder(SendSlots slots, String campaignId) {
        return new Builder(slots, campaignId);
    }

    /**
     * Asks the first gate, then waits for a slot of the rate's window and of the recipient domain's window; the
     * result to record instead when the first gate refuses or the wait is interrupted ({@code FAILED}).
     */
    @Override
    public Optional<SendResult> admit(EmailDraft draft) {
        Objects.requireNonNull(draft, "draft");
        if (first != null) {
            Optional<SendResult> refused = first.admit(draft);
            if (refused.isPresent()) {
                return refused;
            }
        }
        String domain = "domain:" + domainOf(draft.to());
        try {
            while (true) {
                long now = clock.millis();
                if (ratePerWindow > 0 && !slots.take(campaignId, "rate", now / rateWindowMs, ratePerWindow)) {
                    sleepUntil((now / rateWindowMs + 1) * rateWindowMs);
                    continue;
                }
                if (domainPerWindow > 0 && !slots.take(campaignId, domain, now / domainWindowMs, domainPerWindow)) {
                    sleepUntil((now / domainWindowMs + 1) * domainWindowMs);
                    continue;
                }
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(SendResult.failed(draft.leadId(), draft.to(), clock.instant(),
                    "interrupted while waiting for its turn to be sent"));
        }
    }

    /** Tells the first gate. */
    @Override
    public void settled(SendResult result) {
        if (first != null) {
            first.settled(result);
        }
    }

    /** E.g. {@code shared by all workers: 10 per 1 s, 20 per PT1H per domain}. */
    @Override
    public String limits() {
        return described;
    }

    private void sleepUntil(long epochMillis) throws InterruptedException {
        long ms = epochMillis - clock.millis();
        Thread.sleep(Math.max(1, ms));
    }

    private static String domainOf(String address) {
        String a = address == null ? "" : address.strip();
        int at = a.lastIndexOf('@');
        return at < 0 ? "" : a.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /** Configures {@link SharedSendLimits}. */
    public static final class Builder {

        private final SendSlots slots;
        private final String campaignId;
        private double perSecond;
        private int domainMax;
        private Duration domainPeriod;
        private SendGate first;
        private Clock clock = Clock.systemUTC();

        private Builder(SendSlots slots, String campaignId) {
            this.slots = Objects.requireNonNull(slots, "slots");
            this.campaignId = Objects.requireNonNull(campaignId, "campaignId");
        }

        /** At most this many messages per second for all workers together (above 0). */
        public Builder messagesPerSecond(double rate) {
            if (!(rate > 0) || Double.isInfinite(rate)) {
                throw new IllegalArgumentException("the rate must be above 0, got " + rate);
            }
            this.perSecond = rate;
            return this;
        }

        /** At most {@code max} messages to one recipient domain per {@code period} (whole seconds, at least 1). */
        public Builder perDomain(int max, Duration period) {
            if (max < 1 || period.toMillis() < 1000) {
                throw new IllegalArgumentException("a per-domain cap needs a max from 1 and a period from 1 s, got "
                        + max + " per " + period);
            }
            this.domainMax = max;
            this.domainPeriod = period;
            return this;
        }

        /** A gate asked before the shared limits (e.g. the sending window of a {@code ThrottledMailer}). */
        public Builder first(SendGate gate) {
            this.first = Objects.requireNonNull(gate, "gate");
            return this;
        }

        /** The clock of the windows (default the system clock; the workers' clocks must agree). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The gate. */
        public SharedSendLimits build() {
            return new SharedSendLimits(this);
        }
    }
}
