package dev.campaigncrm.mail.compliance;

import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.send.Mailer;
import dev.campaigncrm.send.SendResult;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link Mailer} that checks a {@link SuppressionList} before every send: a suppressed address is returned as
 * {@code SKIPPED} with {@code suppressed: <reason> since <date>}, and the mail server is never contacted for it.
 * Put it outermost (around a {@code ThrottledMailer}) so suppressed leads use no sending capacity.
 */
public final class SuppressingMailer implements Mailer {

    private final Mailer delegate;
    private final SuppressionList suppressions;
    private final Clock clock;

    /** Checks {@code suppressions} before sending through {@code delegate}; skip times come from {@code clock}. */
    public SuppressingMailer(Mailer delegate, SuppressionList suppressions, Clock clock) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.suppressions = Objects.requireNonNull(suppressions, "suppressions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Like the three-argument constructor with the UTC system clock. */
    public SuppressingMailer(Mailer delegate, SuppressionList suppressions) {
        this(delegate, suppressions, Clock.systemUTC());
    }

    /** The list checked before every send (for adding unsubscribes and hard bounces as they are read). */
    public SuppressionList suppressions() {
        return suppressions;
    }

    /** Delegates. */
    @Override
    public void checkReachable() {
        delegate.checkReachable();
    }

    /** Skips a suppressed address; otherwise sends through the delegate. */
    @Override
    public SendResult send(EmailDraft draft) {
        Objects.requireNonNull(draft, "draft");
        Optional<Suppression> s = suppressions.find(draft.to());
        if (s.isPresent()) {
            return SendResult.skipped(draft.leadId(), draft.to(), clock.instant(), s.get().skipReason());
        }
        return delegate.send(draft);
    }

    /** The delegate's description, with {@code (suppression list)}. */
    /** The wrapped mailer's Message-ID for this draft. */
    @Override
    public Optional<String> messageIdFor(EmailDraft draft) {
        return delegate.messageIdFor(draft);
    }

    @Override
    public String describe() {
        return delegate.describe() + " (suppression list)";
    }

    /** Closes the delegate. */
    @Override
    public void close() {
        delegate.close();
    }
}
