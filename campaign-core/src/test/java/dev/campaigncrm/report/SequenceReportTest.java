package dev.campaigncrm.report;

import static dev.campaigncrm.report.OutcomeBuilder.AS_OF;
import static dev.campaigncrm.report.OutcomeBuilder.AT;
import static dev.campaigncrm.report.OutcomeBuilder.REAL_RUN;
import static dev.campaigncrm.report.OutcomeBuilder.lead;
import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.compose.EmailStep;
import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.reply.ReplyCategory;
import dev.campaigncrm.send.SendResult;
import dev.campaigncrm.sequence.LeadProgress;
import dev.campaigncrm.sequence.SequenceMessage;
import dev.campaigncrm.sequence.SequenceState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequenceReportTest {

    /** A message of {@code o}'s lead at {@code step}, sent unless {@code failed}. */
    private static SequenceMessage message(LeadOutcome o, int step, boolean failed) {
        EmailDraft d = o.draft().withStep(step == 1 ? EmailStep.FIRST : EmailStep.followUp(step, List.of("<x>")));
        String id = o.lead().id();
        SendResult r = failed ? SendResult.failed(id, d.to(), AT, "550 no such user")
                : SendResult.sent(id, d.to(), AT, "<" + id + "s" + step + "@test>");
        return new SequenceMessage(d, r, AS_OF.plusDays(3L * (step - 1)));
    }

    /** {@code o} with one message per step (the last failed when {@code lastFailed}) and its progress. */
    private static LeadOutcome sequenced(LeadOutcome o, int steps, boolean lastFailed, SequenceState state,
                                         int repliedTo) {
        List<SequenceMessage> messages = new ArrayList<>();
        for (int step = 1; step <= steps; step++) {
            messages.add(message(o, step, lastFailed && step == steps));
        }
        int sent = (int) messages.stream().filter(m -> m.send().isSent()).count();
        return o.withSequence(messages, new LeadProgress(o.lead().id(), state, sent, 0, 1, null, null, null,
                repliedTo, state.label()));
    }

    /**
     * L0 answered its follow-up (step 2); L1 got all three steps and never answered; L2 answered the first email;
     * L3's first email bounced.
     */
    private static List<LeadOutcome> fourLeads(int l1RepliedTo) {
        SequenceState l1State = l1RepliedTo > 0 ? SequenceState.REPLIED : SequenceState.FINISHED;
        LeadOutcome l1 = l1RepliedTo > 0 ? lead(1).reply(ReplyCategory.NEEDS_FOLLOW_UP).build() : lead(1).build();
        return List.of(
                sequenced(lead(0).reply(ReplyCategory.INTERESTED).build(), 2, false, SequenceState.REPLIED, 2),
                sequenced(l1, 3, false, l1State, l1RepliedTo),
                sequenced(lead(2).reply(ReplyCategory.NOT_INTERESTED).build(), 1, false, SequenceState.REPLIED, 1),
                sequenced(lead(3).failed("550 no such user").build(), 1, true, SequenceState.BOUNCED, 0));
    }

    private static String report(List<LeadOutcome> outcomes) {
        return MarkdownReportWriter.defaults().write(CampaignStats.compute(outcomes, 0, REAL_RUN), outcomes)
                .markdown();
    }

    private static String sequenceSection(String md) {
        int start = md.indexOf("## Sequence\n");
        assertThat(start).as("Sequence section").isNotNegative();
        return md.substring(start, md.indexOf("\n## ", start + 3));
    }

    @Test
    void statsCountMessagesPerStepRepliesPerAnsweredStepAndLeadsPerState() {
        SequenceStats q = CampaignStats.compute(fourLeads(0), 0, REAL_RUN).sequence();

        assertThat(q.steps()).containsExactly(
                new SequenceStats.Step(1, 3, 1, 0, 0, 1),
                new SequenceStats.Step(2, 2, 0, 0, 0, 1),
                new SequenceStats.Step(3, 1, 0, 0, 0, 0));
        assertThat(q.replyingLeads()).isEqualTo(2);
        assertThat(q.repliesAfterFollowUp()).isEqualTo(1);
        assertThat(q.count(SequenceState.REPLIED)).isEqualTo(2);
        assertThat(q.count(SequenceState.FINISHED)).isEqualTo(1);
        assertThat(q.count(SequenceState.BOUNCED)).isEqualTo(1);
        assertThat(q.count(SequenceState.ACTIVE) + q.count(SequenceState.PAUSED)
                + q.count(SequenceState.UNSUBSCRIBED)).isZero();
    }

    @Test
    void theSequenceSectionFollowsResponseAnalysisWithTablesAndATiedSentence() {
        String md = report(fourLeads(0));
        String section = sequenceSection(md);

        assertThat(md.lines().filter(l -> l.startsWith("## ")).toList())
                .containsSubsequence("## Response Analysis", "## Sequence", "## Audience Segmentation");
        assertThat(section).contains(
                "| Step | Sent | Failed | Uncertain | Skipped | Replies | Share of replies |\n"
                        + "| --- | --- | --- | --- | --- | --- | --- |\n"
                        + "| 1 (first email) | 3 | 1 | 0 | 0 | 1 | 50.0% (9.5\u201390.5%) |\n"
                        + "| 2 (follow-up) | 2 | 0 | 0 | 0 | 1 | 50.0% (9.5\u201390.5%) |\n"
                        + "| 3 (follow-up) | 1 | 0 | 0 | 0 | 0 | 0.0% (0.0\u201365.8%) |\n");
        assertThat(section).contains("| active | 0 | 0.0% (0.0\u201349.0%) |\n| paused | 0 | 0.0% (0.0\u201349.0%) |\n"
                + "| replied | 2 | 50.0% (15.0\u201385.0%) |\n| bounced | 1 | 25.0% (4.6\u201369.9%) |\n"
                + "| unsubscribed | 0 | 0.0% (0.0\u201349.0%) |\n| finished | 1 | 25.0% (4.6\u201369.9%) |\n");
        assertThat(section).contains("Steps 1 and 2 drew the most replies: 1 each of 2, 50.0% (9.5\u201390.5%) each; "
                + "1 of the 2 replies, 50.0% (9.5\u201390.5%), came after a follow-up.");
        assertThat(section).contains("```mermaid\nxychart-beta\n    title \"Replies by step\"\n"
                + "    x-axis [\"Step 1\", \"Step 2\", \"Step 3\"]\n    y-axis \"count\" 0 --> 1\n    bar [1, 1, 0]\n```");
    }

    @Test
    void theSentenceNamesASingleBestStep() {
        String section = sequenceSection(report(fourLeads(2)));

        assertThat(section).contains("| 2 (follow-up) | 2 | 0 | 0 | 0 | 2 | 66.7% (20.8\u201393.9%) |");
        assertThat(section).contains("Step 2 drew the most replies: 2 of 3, 66.7% (20.8\u201393.9%); 2 of the 3 "
                + "replies, 66.7% (20.8\u201393.9%), came after a follow-up.");
    }

    @Test
    void withoutRepliesTheSentenceSaysSo() {
        List<LeadOutcome> none = List.of(sequenced(lead(0).build(), 2, false, SequenceState.FINISHED, 0),
                sequenced(lead(1).build(), 1, false, SequenceState.ACTIVE, 0));
        String section = sequenceSection(report(none));

        assertThat(section).contains("| 1 (first email) | 2 | 0 | 0 | 0 | 0 | n/a |");
        assertThat(section).contains("No one replied to any step of the sequence");
    }

    @Test
    void aOneEmailCampaignHasNoSequenceFiguresOrSection() {
        List<LeadOutcome> outcomes = CampaignStatsTest.mixed();

        assertThat(CampaignStats.compute(outcomes, 0, REAL_RUN).sequence()).isNull();
        assertThat(report(outcomes)).doesNotContain("Sequence");
    }
}
