package dev.campaigncrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.lead.RejectedRow;
import dev.campaigncrm.lead.SourceRef;
import dev.campaigncrm.mail.imap.ImapRunStats;
import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.outcome.RunInfo;
import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.reply.Reply;
import dev.campaigncrm.reply.ReplyCategory;
import dev.campaigncrm.reply.ReplyClassification;
import dev.campaigncrm.run.CampaignResult;
import dev.campaigncrm.send.SendResult;
import dev.campaigncrm.testing.TestLeads;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The counts the example prints: every send status and skip reason, earlier runs, reply classes, the mailbox. */
class RunSummaryTest {

    private static final Instant AT = Instant.parse("2026-11-24T10:00:00Z");
    private static final RunInfo RUN = new RunInfo("c", LocalDate.of(2026, 11, 24), "leads.csv", "smtp://x",
            "imap://alex@127.0.0.1/INBOX", Duration.ZERO);

    private static LeadOutcome outcome(int i, SendResult send) {
        Lead lead = TestLeads.lead(i);
        return new LeadOutcome(i, lead, null, null, send, null, null, null);
    }

    private static SendResult sent(int i) {
        return SendResult.sent(TestLeads.lead(i).id(), TestLeads.lead(i).email(), AT, "<" + i + "@seller.test>");
    }

    @Test
    void countsEverySendStatusAndSkipReasonAndWhatAnEarlierRunSent() {
        List<LeadOutcome> outcomes = List.of(
                outcome(0, sent(0)), outcome(1, sent(1)), outcome(2, sent(2)),
                outcome(3, SendResult.failed(TestLeads.lead(3).id(), "x", AT, "refused by host: 550")),
                outcome(4, SendResult.skipped(TestLeads.lead(4).id(), "x", AT, "suppressed: unsubscribed since 2026")),
                outcome(5, SendResult.skipped(TestLeads.lead(5).id(), "x", AT, "outside the sending window (…)")),
                outcome(6, SendResult.skipped(TestLeads.lead(6).id(), "x", AT, "compose failed: boom")),
                outcome(7, SendResult.uncertain(TestLeads.lead(7).id(), "x", AT, "<7@x>", "sent or not")));
        List<RejectedRow> rejected = List.of(
                new RejectedRow(new SourceRef("leads.csv", 9), "email", "duplicate of line 2", "raw"),
                new RejectedRow(new SourceRef("leads.csv", 10), "email", "missing email", "raw"));
        CampaignResult r = new CampaignResult(RUN, outcomes, rejected, null, null);

        List<String> lines = RunSummary.sending(r, Set.of(TestLeads.lead(1).id(), TestLeads.lead(3).id()));

        assertThat(lines).containsExactly("leads 8, rejected rows 2 (1 duplicate)",
                "sent 3 (1 already sent by an earlier run, not sent again), failed 1, skipped 3 (suppressed 1,"
                        + " outside the sending window 1, earlier stage failed 1), uncertain 1");
        assertThat(RunSummary.sending(r, null).get(1)).startsWith("sent 3, failed 1");
    }

    @Test
    void repliesAreCountedPerLeadByClassAndTheMailboxLineSaysWhatWasRead() {
        Reply reply = new Reply(TestLeads.lead(0).id(), "a@b.test", "Re: x", "yes", Map.of(), AT, "imap");
        ReplyClassification interested = new ReplyClassification(ReplyCategory.INTERESTED, 0.9, "yes",
                Provenance.of("rules"));
        ReplyClassification skip = new ReplyClassification(ReplyCategory.SKIP, 0.99, "bounce", Provenance.of("rules"));
        List<LeadOutcome> outcomes = List.of(
                outcome(0, sent(0)).withReply(reply, interested),
                outcome(1, sent(1)).withReply(reply, skip),
                outcome(2, sent(2)).withReply(null, ReplyClassification.noReply()));
        CampaignResult r = new CampaignResult(RUN, outcomes, List.of(), null, null);

        List<String> lines = RunSummary.replies(r, new ImapRunStats(5, 0, 4, 1, 2, 1, 1, 1, 0, 1, 0));

        assertThat(lines).containsExactly(
                "replies from 2 leads (imap://alex@127.0.0.1/INBOX), by class {interested 1, skip 1}",
                "mailbox: 5 messages read, 4 threaded to a lead, unmatched mail 1; 2 human replies (1 asking to"
                        + " unsubscribe), 1 auto-replies (out-of-office and other automatic mail), 1 bounces"
                        + " (hard 1, soft 0)");
        assertThat(RunSummary.replies(r, null)).hasSize(1);
    }
}
