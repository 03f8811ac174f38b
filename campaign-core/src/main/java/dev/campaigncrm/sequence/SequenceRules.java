package dev.campaigncrm.sequence;

import dev.campaigncrm.send.SendStatus;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where a lead's sequence stands, computed from scratch from its messages and the events of its replies, so that the
 * same data always gives the same state however many runs it took:
 * <ul>
 *   <li>a person's reply (any class) → {@code replied}, no more steps, with {@code follow_up_on} when it asks to be
 *       contacted later; an unsubscribe request → {@code unsubscribed}; a hard bounce → {@code bounced};</li>
 *   <li>a soft bounce → the step goes once more a day later; a second soft bounce of it → {@code bounced};</li>
 *   <li>an out-of-office → {@code paused} until the return day it states plus one (seven days after the notice when
 *       it states none), then the sequence resumes where it was;</li>
 *   <li>a step that failed, was skipped (suppressed, outside the sending window) or is uncertain is tried again on
 *       the next run (the send ledger keeps an uncertain one from going twice);</li>
 *   <li>otherwise the next step is due its gap after the step before it; all steps sent → {@code finished}.</li>
 * </ul>
 */
public final class SequenceRules {

    private static final int PAUSE_WITHOUT_DATE_DAYS = 7;

    private SequenceRules() {
    }

    /**
     * The progress of one lead.
     *
     * @param sequence the campaign's steps
     * @param leadId   the lead
     * @param messages the lead's messages, any order
     * @param events   the events of the lead's replies, any order
     * @param asOf     the run's day
     */
    public static LeadProgress progress(Sequence sequence, String leadId, List<SequenceMessage> messages,
                                        List<ReplyEvent> events, LocalDate asOf) {
        List<ReplyEvent> byDay = events.stream().sorted(Comparator.comparing(ReplyEvent::day)).toList();
        List<SequenceMessage> sent = messages.stream().filter(m -> m.send().status() == SendStatus.SENT)
                .sorted(Comparator.comparingInt(SequenceMessage::step).thenComparingInt(SequenceMessage::attempt))
                .toList();
        int stepsSent = (int) sent.stream().mapToInt(SequenceMessage::step).distinct().count();

        Optional<ReplyEvent.Unsubscribed> unsubscribed = first(byDay, ReplyEvent.Unsubscribed.class);
        if (unsubscribed.isPresent()) {
            return stopped(leadId, SequenceState.UNSUBSCRIBED, stepsSent, null, 0,
                    "asked not to be mailed again (reply to step " + unsubscribed.get().step() + " on "
                            + unsubscribed.get().day() + ")");
        }
        Optional<ReplyEvent.PersonReplied> replied = first(byDay, ReplyEvent.PersonReplied.class);
        if (replied.isPresent()) {
            ReplyEvent.PersonReplied r = replied.get();
            LocalDate later = byDay.stream().filter(e -> e instanceof ReplyEvent.PersonReplied)
                    .map(e -> ((ReplyEvent.PersonReplied) e).later())
                    .flatMap(Optional::stream).map(LaterContact::date).flatMap(Optional::stream)
                    .reduce((a, b) -> b).orElse(null);
            boolean asksLater = byDay.stream().anyMatch(e -> e instanceof ReplyEvent.PersonReplied p
                    && p.later().isPresent());
            return stopped(leadId, SequenceState.REPLIED, stepsSent, later, r.step(), "replied ("
                    + r.category().label() + ") to step " + r.step() + " on " + r.day()
                    + (asksLater ? "; asks to be contacted later" + (later == null ? " (no date named)"
                    : " on " + later) : ""));
        }
        Optional<ReplyEvent.Bounced> hard = byDay.stream().filter(e -> e instanceof ReplyEvent.Bounced b && b.hard())
                .map(ReplyEvent.Bounced.class::cast).findFirst();
        if (hard.isPresent()) {
            return stopped(leadId, SequenceState.BOUNCED, stepsSent, null, 0, "hard bounce of step "
                    + hard.get().step() + " on " + hard.get().day());
        }
        LocalDate pausedUntil = byDay.stream().filter(e -> e instanceof ReplyEvent.OutOfOffice)
                .map(e -> ((ReplyEvent.OutOfOffice) e).back().map(d -> d.plusDays(1))
                        .orElse(e.day().plusDays(PAUSE_WITHOUT_DATE_DAYS)))
                .max(Comparator.naturalOrder()).orElse(null);

        Next next = next(sequence, messages, sent, byDay, asOf);
        if (next.bounced() != null) {
            return stopped(leadId, SequenceState.BOUNCED, stepsSent, null, 0, next.bounced());
        }
        if (next.step() == 0) {
            return new LeadProgress(leadId, SequenceState.FINISHED, stepsSent, 0, 0, null, null, null, 0,
                    "all " + sequence.steps() + " step(s) sent, no answer");
        }
        LocalDate due = next.due();
        if (pausedUntil != null && pausedUntil.isAfter(asOf)) {
            LocalDate resume = due == null || due.isBefore(pausedUntil) ? pausedUntil : due;
            return new LeadProgress(leadId, SequenceState.PAUSED, stepsSent, next.step(), next.attempt(), resume,
                    pausedUntil, null, 0, "out of office until " + pausedUntil.minusDays(1) + "; "
                    + next.reason());
        }
        if (pausedUntil != null && due != null && due.isBefore(pausedUntil)) {
            due = pausedUntil;
        }
        return new LeadProgress(leadId, SequenceState.ACTIVE, stepsSent, next.step(), next.attempt(), due, null,
                null, 0, next.reason());
    }

    /** The next send: step and attempt with its day, none (step 0) when every step went, or why it bounced. */
    private record Next(int step, int attempt, LocalDate due, String reason, String bounced) {
    }

    private static Next next(Sequence sequence, List<SequenceMessage> all, List<SequenceMessage> sent,
                             List<ReplyEvent> events, LocalDate asOf) {
        Optional<SequenceMessage> pending = all.stream().filter(m -> m.send().status() != SendStatus.SENT)
                .filter(m -> sent.stream().noneMatch(s -> s.step() == m.step() && s.attempt() == m.attempt()))
                .min(Comparator.comparingInt(SequenceMessage::step).thenComparingInt(SequenceMessage::attempt));
        if (pending.isPresent()) {
            SequenceMessage p = pending.get();
            return new Next(p.step(), p.attempt(), asOf, "step " + p.step() + " " + p.send().status().label()
                    + " on " + p.day() + "; tried again on the next run", null);
        }
        if (sent.isEmpty()) {
            return new Next(1, 1, asOf, "first email due", null);
        }
        SequenceMessage last = sent.get(sent.size() - 1);
        long softBounces = events.stream().filter(e -> e instanceof ReplyEvent.Bounced b && !b.hard()
                && b.step() == last.step()).count();
        if (softBounces >= 2) {
            return new Next(0, 0, null, "", "soft bounce of step " + last.step() + " twice");
        }
        if (softBounces == 1 && last.attempt() == 1) {
            LocalDate bounceDay = events.stream().filter(e -> e instanceof ReplyEvent.Bounced b && !b.hard()
                    && b.step() == last.step()).map(ReplyEvent::day).max(Comparator.naturalOrder()).orElse(asOf);
            return new Next(last.step(), last.attempt() + 1, bounceDay.plusDays(1), "soft bounce of step "
                    + last.step() + " on " + bounceDay + "; tried once more a day later", null);
        }
        if (last.step() >= sequence.steps()) {
            return new Next(0, 0, null, "", null);
        }
        int step = last.step() + 1;
        LocalDate due = last.day().plusDays(sequence.gapBefore(step));
        return new Next(step, 1, due, "step " + step + " due " + due, null);
    }

    private static LeadProgress stopped(String leadId, SequenceState state, int stepsSent, LocalDate followUpOn,
                                        int repliedTo, String reason) {
        return new LeadProgress(leadId, state, stepsSent, 0, 0, null, null, followUpOn, repliedTo, reason);
    }

    private static <T extends ReplyEvent> Optional<T> first(List<ReplyEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
