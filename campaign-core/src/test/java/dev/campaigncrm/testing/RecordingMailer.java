package dev.campaigncrm.testing;

import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.send.Mailer;
import dev.campaigncrm.send.SendResult;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/** A mailer for tests: records every draft, tracks how many sends overlap, fails the drafts it is told to. */
public final class RecordingMailer implements Mailer {

    private final List<EmailDraft> sent = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final Predicate<EmailDraft> refuse;
    private final long millisPerSend;

    private RecordingMailer(Predicate<EmailDraft> refuse, long millisPerSend) {
        this.refuse = refuse;
        this.millisPerSend = millisPerSend;
    }

    /** Accepts everything at once. */
    public static RecordingMailer accepting() {
        return new RecordingMailer(d -> false, 0);
    }

    /** Accepts everything, taking this long per message (to make overlap observable). */
    public static RecordingMailer slow(long millisPerSend) {
        return new RecordingMailer(d -> false, millisPerSend);
    }

    /** Refuses the drafts matching the predicate with a 550. */
    public static RecordingMailer refusing(Predicate<EmailDraft> refuse) {
        return new RecordingMailer(refuse, 0);
    }

    @Override
    public SendResult send(EmailDraft draft) {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            if (millisPerSend > 0) {
                Thread.sleep(millisPerSend);
            }
            if (refuse.test(draft)) {
                return SendResult.failed(draft.leadId(), draft.to(), Instant.now(), "550 mailbox unavailable");
            }
            sent.add(draft);
            return SendResult.sent(draft.leadId(), draft.to(), Instant.now(), "<" + draft.leadId() + "@test>");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendResult.failed(draft.leadId(), draft.to(), Instant.now(), "interrupted");
        } finally {
            inFlight.decrementAndGet();
        }
    }

    @Override
    public String describe() {
        return "recording mailer";
    }

    /** The drafts accepted, in the order they were sent. */
    public List<EmailDraft> sent() {
        return List.copyOf(sent);
    }

    /** The most sends that ever ran at the same time. */
    public int maxConcurrentSends() {
        return maxInFlight.get();
    }
}
