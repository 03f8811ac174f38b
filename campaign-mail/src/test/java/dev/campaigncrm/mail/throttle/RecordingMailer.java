package dev.campaigncrm.mail.throttle;

import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.send.Mailer;
import dev.campaigncrm.send.SendResult;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A fake mailer that records when (by the given clock) and to whom each send arrived; it can fail on request. */
final class RecordingMailer implements Mailer {

    /** One send as the server would see it. */
    record Sent(Instant at, String to) {
    }

    private final Clock clock;
    private final List<Sent> sends = new CopyOnWriteArrayList<>();
    private final Deque<Boolean> plannedFailures = new ArrayDeque<>();

    RecordingMailer(Clock clock) {
        this.clock = clock;
    }

    /** The next sends fail (true) or succeed (false), in this order; later ones succeed. */
    synchronized RecordingMailer thenFail(Boolean... failures) {
        plannedFailures.addAll(List.of(failures));
        return this;
    }

    List<Sent> sends() {
        return new ArrayList<>(sends);
    }

    List<Instant> times() {
        return sends.stream().map(Sent::at).sorted().toList();
    }

    @Override
    public SendResult send(EmailDraft draft) {
        Instant at = clock.instant();
        sends.add(new Sent(at, draft.to()));
        boolean fail;
        synchronized (this) {
            fail = !plannedFailures.isEmpty() && plannedFailures.removeFirst();
        }
        return fail ? SendResult.failed(draft.leadId(), draft.to(), at, "451 try later")
                : SendResult.sent(draft.leadId(), draft.to(), at, "<" + draft.leadId() + "@seller.test>");
    }

    @Override
    public String describe() {
        return "recording";
    }
}
