package dev.campaigncrm.outcome;

import dev.campaigncrm.analysis.LeadAnalysis;
import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.reply.Reply;
import dev.campaigncrm.reply.ReplyClassification;
import dev.campaigncrm.send.SendResult;
import dev.campaigncrm.sequence.LeadProgress;
import dev.campaigncrm.sequence.SequenceMessage;
import java.util.List;
import java.util.Optional;

/**
 * Everything the campaign did for one lead, stage by stage. A component is null when its stage has not run for this
 * lead (not yet, or because an earlier stage failed: see {@link #failure()}).
 *
 * @param index          position in the lead source, from 0 (the order of every artifact)
 * @param lead           the lead as read
 * @param analysis       step one, or null
 * @param draft          step two, or null
 * @param send           step three, or null
 * @param reply          step four: the reply, or null when none came (or phase two has not run)
 * @param classification step five, or null
 * @param failure        the stage that failed and why, or null
 * @param messages       with a sequence: every message of the lead, by step and attempt (the first email's draft and
 *                       send are also {@code draft} and {@code send}); empty otherwise
 * @param progress       with a sequence: where the lead's sequence stands; null otherwise
 */
public record LeadOutcome(int index, Lead lead, LeadAnalysis analysis, EmailDraft draft, SendResult send,
                          Reply reply, ReplyClassification classification, StageFailure failure,
                          List<SequenceMessage> messages, LeadProgress progress) {

    /** Copies the messages. */
    public LeadOutcome {
        messages = messages == null ? List.of() : List.copyOf(messages);
    }

    /** An outcome of a one-email campaign (no sequence). */
    public LeadOutcome(int index, Lead lead, LeadAnalysis analysis, EmailDraft draft, SendResult send, Reply reply,
                       ReplyClassification classification, StageFailure failure) {
        this(index, lead, analysis, draft, send, reply, classification, failure, List.of(), null);
    }

    /** A lead that has only been read. */
    public static LeadOutcome of(int index, Lead lead) {
        return new LeadOutcome(index, lead, null, null, null, null, null, null);
    }

    /** With its sequence's messages and state. */
    public LeadOutcome withSequence(List<SequenceMessage> m, LeadProgress p) {
        return new LeadOutcome(index, lead, analysis, draft, send, reply, classification, failure, m, p);
    }

    /** With step one's result. */
    public LeadOutcome withAnalysis(LeadAnalysis a) {
        return new LeadOutcome(index, a.lead(), a, draft, send, reply, classification, failure, messages, progress);
    }

    /** With step two's result. */
    public LeadOutcome withDraft(EmailDraft d) {
        return new LeadOutcome(index, lead, analysis, d, send, reply, classification, failure, messages, progress);
    }

    /** With step three's result. */
    public LeadOutcome withSend(SendResult s) {
        return new LeadOutcome(index, lead, analysis, draft, s, reply, classification, failure, messages, progress);
    }

    /** With step four's and five's results; {@code r} is null when no reply came. */
    public LeadOutcome withReply(Reply r, ReplyClassification c) {
        return new LeadOutcome(index, lead, analysis, draft, send, r, c, failure, messages, progress);
    }

    /** Stopped at a stage. */
    public LeadOutcome withFailure(StageFailure f) {
        return new LeadOutcome(index, lead, analysis, draft, send, reply, classification, f, messages, progress);
    }

    /** The failure, if a stage failed. */
    public Optional<StageFailure> failed() {
        return Optional.ofNullable(failure);
    }

    /** True when the server accepted this lead's email. */
    public boolean sent() {
        return send != null && send.isSent();
    }
}
