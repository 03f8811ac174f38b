package dev.campaigncrm.examples;

import dev.campaigncrm.mail.imap.ImapRunStats;
import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.reply.ReplyCategory;
import dev.campaigncrm.report.SequenceStats;
import dev.campaigncrm.run.CampaignResult;
import dev.campaigncrm.send.SendResult;
import dev.campaigncrm.send.SendStatus;
import dev.campaigncrm.sequence.LeadProgress;
import dev.campaigncrm.sequence.SequenceState;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The counts the example prints after a run: leads and rejected rows; sent (and how many an earlier run had already
 * sent), failed, skipped (suppressed, outside the sending window, an earlier stage failed) and uncertain; replies by
 * class; what the mailbox held (threaded, human, auto-replies, bounces hard and soft, unmatched mail).
 */
final class RunSummary {

    private static final String SUPPRESSED = "suppressed:";
    private static final String OUTSIDE_WINDOW = "outside the sending window";

    private RunSummary() {
    }

    /** The sending lines; {@code sentEarlier} is null when phase one did not run (nothing was sent now). */
    static List<String> sending(CampaignResult r, Set<String> sentEarlier) {
        List<String> lines = new ArrayList<>();
        long duplicates = r.rejected().stream().filter(x -> x.reason().toLowerCase(java.util.Locale.ROOT)
                .contains("duplicate")).count();
        lines.add(String.format("leads %d, rejected rows %d (%d duplicate)", r.outcomes().size(),
                r.rejected().size(), duplicates));
        List<SendResult> sends;
        try (Stream<LeadOutcome> s = r.outcomes().stream()) {
            sends = s.map(LeadOutcome::send).filter(Objects::nonNull).toList();
        }
        long sent = count(sends, SendStatus.SENT);
        long already = sentEarlier == null ? 0 : sends.stream()
                .filter(s -> s.isSent() && sentEarlier.contains(s.leadId())).count();
        List<SendResult> skipped = sends.stream().filter(s -> s.status() == SendStatus.SKIPPED).toList();
        long suppressed = skipped.stream().filter(s -> s.error().startsWith(SUPPRESSED)).count();
        long outside = skipped.stream().filter(s -> s.error().startsWith(OUTSIDE_WINDOW)).count();
        String alreadyNote = sentEarlier == null ? ""
                : " (" + already + " already sent by an earlier run, not sent again)";
        lines.add(String.format("sent %d%s, failed %d, skipped %d (suppressed %d, outside the sending window %d,"
                        + " earlier stage failed %d), uncertain %d", sent, alreadyNote, count(sends, SendStatus.FAILED),
                skipped.size(), suppressed, outside, skipped.size() - suppressed - outside,
                count(sends, SendStatus.UNCERTAIN)));
        return lines;
    }

    /**
     * The lines of one sequence run: what it sent, each step's messages and replies so far, where the leads stand and
     * when the next follow-ups fall due.
     */
    static List<String> sequence(CampaignResult r, int sentNow, LocalDate asOf) {
        List<String> lines = new ArrayList<>();
        lines.add(sending(r, null).get(0));
        lines.add(String.format("this run (as of %s) sent %d %s", asOf, sentNow, sentNow == 1 ? "message" : "messages"));
        SequenceStats q = r.report() == null ? null : r.report().stats().sequence();
        if (q != null) {
            for (SequenceStats.Step s : q.steps()) {
                lines.add(String.format("step %d: sent %d, failed %d, uncertain %d, skipped %d; replies from %d leads",
                        s.step(), s.sent(), s.failed(), s.uncertain(), s.skipped(), s.replies()));
            }
            lines.add("sequence states: " + Arrays.stream(SequenceState.values())
                    .map(st -> st.label() + " " + q.count(st)).collect(Collectors.joining(", ")));
        }
        List<LocalDate> due;
        try (Stream<LeadOutcome> s = r.outcomes().stream()) {
            due = s.map(LeadOutcome::progress).filter(Objects::nonNull)
                    .map(LeadProgress::nextStepOn).filter(Objects::nonNull).sorted().toList();
        }
        lines.add(due.isEmpty() ? "no follow-up is due any more"
                : String.format("%d %s a step to come, the first due on %s: run the same command with"
                + " --as-of %s or later", due.size(), due.size() == 1 ? "lead has" : "leads have", due.get(0),
                due.get(0)));
        return lines;
    }

    /** The reply lines of phase two: the leads' reply classes and, when read over IMAP, what the mailbox held. */
    static List<String> replies(CampaignResult r, ImapRunStats mailbox) {
        Map<ReplyCategory, Long> byClass;
        try (Stream<LeadOutcome> s = r.outcomes().stream()) {
            byClass = s.filter(x -> x.reply() != null && x.classification() != null)
                    .collect(Collectors.groupingBy(x -> x.classification().category(),
                            () -> new EnumMap<>(ReplyCategory.class), Collectors.counting()));
        }
        long replied;
        try (Stream<LeadOutcome> s = r.outcomes().stream()) {
            replied = s.filter(x -> x.reply() != null).count();
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format("replies from %d leads (%s), by class %s", replied, r.run().replySource(),
                byClass.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
                        .collect(Collectors.joining(", ", "{", "}"))));
        if (mailbox != null) {
            lines.add(String.format("mailbox: %d messages read, %d threaded to a lead, unmatched mail %d; "
                            + "%d human replies (%d asking to unsubscribe), %d auto-replies (out-of-office and other "
                            + "automatic mail), %d bounces (hard %d, soft %d)", mailbox.read(), mailbox.threaded(),
                    mailbox.unmatched(), mailbox.human(), mailbox.unsubscribes(), mailbox.autoReplies(),
                    mailbox.bounces(), mailbox.hardBounces(), mailbox.softBounces()));
        }
        return lines;
    }

    private static long count(List<SendResult> sends, SendStatus status) {
        return sends.stream().filter(s -> s.status() == status).count();
    }
}
