package dev.campaigncrm.sequence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.compose.EmailStep;
import dev.campaigncrm.compose.Tone;
import dev.campaigncrm.compose.Urgency;
import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.reply.ReplyCategory;
import dev.campaigncrm.send.SendResult;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SequenceRulesTest {

    private static final Sequence THREE = Sequence.ofDays(3, 7);
    private static final LocalDate D0 = LocalDate.of(2026, 11, 2);

    private static SequenceMessage sent(int step, int attempt, LocalDate day) {
        EmailDraft d = new EmailDraft("L1", "a@b.test", "A", "s", "b", Tone.PROFESSIONAL, Urgency.COLD, "",
                Provenance.of("template"), new EmailStep(step, attempt, List.of()));
        return new SequenceMessage(d, SendResult.sent("L1", "a@b.test", Instant.parse(day + "T09:00:00Z"),
                "<m" + step + "." + attempt + "@x>"), day);
    }

    private static SequenceMessage failed(int step, LocalDate day) {
        EmailDraft d = new EmailDraft("L1", "a@b.test", "A", "s", "b", Tone.PROFESSIONAL, Urgency.COLD, "",
                Provenance.of("template"), new EmailStep(step, 1, List.of()));
        return new SequenceMessage(d, SendResult.failed("L1", "a@b.test", Instant.EPOCH, "451 try later"), day);
    }

    private static LeadProgress at(LocalDate asOf, List<SequenceMessage> ms, ReplyEvent... events) {
        return SequenceRules.progress(THREE, "L1", ms, List.of(events), asOf);
    }

    @Test
    void aNewLeadIsDueItsFirstEmailToday() {
        LeadProgress p = at(D0, List.of());
        assertThat(p.state()).isEqualTo(SequenceState.ACTIVE);
        assertThat(p.nextStep()).isEqualTo(1);
        assertThat(p.dueOn(D0)).isTrue();
    }

    @Test
    void followUpsAreDueTheirDaysAfterTheFirstEmailAndTheLastStepFinishes() {
        LeadProgress afterFirst = at(D0, List.of(sent(1, 1, D0)));
        assertThat(afterFirst.nextStep()).isEqualTo(2);
        assertThat(afterFirst.nextStepOn()).isEqualTo(D0.plusDays(3));
        assertThat(afterFirst.dueOn(D0.plusDays(2))).isFalse();
        LeadProgress afterSecond = at(D0.plusDays(3), List.of(sent(1, 1, D0), sent(2, 1, D0.plusDays(3))));
        assertThat(afterSecond.nextStepOn()).isEqualTo(D0.plusDays(7));
        LeadProgress done = at(D0.plusDays(7), List.of(sent(1, 1, D0), sent(2, 1, D0.plusDays(3)),
                sent(3, 1, D0.plusDays(7))));
        assertThat(done.state()).isEqualTo(SequenceState.FINISHED);
        assertThat(done.stepsSent()).isEqualTo(3);
    }

    @Test
    void anyPersonsReplyStopsTheSequenceAndAsksForLaterKeepTheDate() {
        LeadProgress declined = at(D0.plusDays(3), List.of(sent(1, 1, D0)),
                new ReplyEvent.PersonReplied(D0.plusDays(1), 1, ReplyCategory.NOT_INTERESTED, Optional.empty()));
        assertThat(declined.state()).isEqualTo(SequenceState.REPLIED);
        assertThat(declined.dueOn(D0.plusDays(3))).isFalse();
        assertThat(declined.repliedTo()).isEqualTo(1);

        LeadProgress later = at(D0.plusDays(4), List.of(sent(1, 1, D0), sent(2, 1, D0.plusDays(3))),
                new ReplyEvent.PersonReplied(D0.plusDays(4), 2, ReplyCategory.NEEDS_FOLLOW_UP,
                        LaterContact.find("Try me again in February.", D0.plusDays(4))));
        assertThat(later.followUpOn()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(later.repliedTo()).isEqualTo(2);
    }

    @Test
    void outOfOfficePausesUntilTheDayAfterTheReturnThenResumes() {
        ReplyEvent ooo = new ReplyEvent.OutOfOffice(D0, 1, Optional.of(D0.plusDays(9)));
        LeadProgress paused = at(D0.plusDays(3), List.of(sent(1, 1, D0)), ooo);
        assertThat(paused.state()).isEqualTo(SequenceState.PAUSED);
        assertThat(paused.pausedUntil()).isEqualTo(D0.plusDays(10));
        assertThat(paused.dueOn(D0.plusDays(3))).isFalse();
        LeadProgress resumed = at(D0.plusDays(10), List.of(sent(1, 1, D0)), ooo);
        assertThat(resumed.state()).isEqualTo(SequenceState.ACTIVE);
        assertThat(resumed.nextStep()).isEqualTo(2);
        assertThat(resumed.dueOn(D0.plusDays(10))).isTrue();
        LeadProgress noDate = at(D0.plusDays(3), List.of(sent(1, 1, D0)),
                new ReplyEvent.OutOfOffice(D0, 1, Optional.empty()));
        assertThat(noDate.pausedUntil()).isEqualTo(D0.plusDays(7));
    }

    @Test
    void hardBounceAndUnsubscribeStop() {
        assertThat(at(D0.plusDays(3), List.of(sent(1, 1, D0)), new ReplyEvent.Bounced(D0, 1, true)).state())
                .isEqualTo(SequenceState.BOUNCED);
        assertThat(at(D0.plusDays(3), List.of(sent(1, 1, D0)), new ReplyEvent.Unsubscribed(D0, 1)).state())
                .isEqualTo(SequenceState.UNSUBSCRIBED);
    }

    @Test
    void softBounceRetriesTheStepOnceADayLaterThenBounces() {
        ReplyEvent soft = new ReplyEvent.Bounced(D0, 1, false);
        LeadProgress retry = at(D0.plusDays(1), List.of(sent(1, 1, D0)), soft);
        assertThat(retry.state()).isEqualTo(SequenceState.ACTIVE);
        assertThat(retry.nextStep()).isEqualTo(1);
        assertThat(retry.nextAttempt()).isEqualTo(2);
        assertThat(retry.nextStepOn()).isEqualTo(D0.plusDays(1));
        LeadProgress afterRetry = at(D0.plusDays(1), List.of(sent(1, 1, D0), sent(1, 2, D0.plusDays(1))), soft);
        assertThat(afterRetry.nextStep()).isEqualTo(2);
        LeadProgress twice = at(D0.plusDays(2), List.of(sent(1, 1, D0), sent(1, 2, D0.plusDays(1))), soft,
                new ReplyEvent.Bounced(D0.plusDays(1), 1, false));
        assertThat(twice.state()).isEqualTo(SequenceState.BOUNCED);
    }

    @Test
    void aFailedStepIsTriedAgainOnTheNextRun() {
        LeadProgress p = at(D0.plusDays(4), List.of(sent(1, 1, D0), failed(2, D0.plusDays(3))));
        assertThat(p.nextStep()).isEqualTo(2);
        assertThat(p.dueOn(D0.plusDays(4))).isTrue();
    }

    @Test
    void laterContactReadsCommonPhrasings() {
        LocalDate on = LocalDate.of(2026, 11, 20);
        assertThat(LaterContact.find("Can you check back next quarter?", on)).get()
                .extracting(LaterContact::date).isEqualTo(Optional.of(LocalDate.of(2027, 1, 1)));
        assertThat(LaterContact.find("Our budget is frozen until Q2. Ping me then?", on)).get()
                .extracting(LaterContact::date).isEqualTo(Optional.of(LocalDate.of(2027, 4, 1)));
        assertThat(LaterContact.find("Reach out again in a few months?", on)).get()
                .extracting(LaterContact::date).isEqualTo(Optional.of(LocalDate.of(2027, 2, 20)));
        assertThat(LaterContact.find("Maybe later this year. I'll have more bandwidth after our launch.", on))
                .get().extracting(LaterContact::date).isEqualTo(Optional.empty());
        assertThat(LaterContact.find("Sounds great, can we talk Tuesday?", on)).isEmpty();
    }
}
