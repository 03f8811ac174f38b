package dev.campaigncrm.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.campaigncrm.Campaign;
import dev.campaigncrm.run.CampaignEvent;
import dev.campaigncrm.run.CampaignException;
import dev.campaigncrm.run.CampaignResult;
import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.outcome.LeadOutcomes;
import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.outcome.Stage;
import dev.campaigncrm.outcome.StageFailure;
import dev.campaigncrm.compose.EmailStep;
import dev.campaigncrm.reply.Outreach;
import dev.campaigncrm.reply.Reply;
import dev.campaigncrm.reply.ReplyCategory;
import dev.campaigncrm.reply.ReplyClassification;
import dev.campaigncrm.reply.ReplySource;
import dev.campaigncrm.send.SendResult;
import dev.campaigncrm.sequence.LeadProgress;
import dev.campaigncrm.sequence.SequenceMessage;
import dev.campaigncrm.sequence.SequenceState;
import dev.campaigncrm.testing.RecordingMailer;
import dev.campaigncrm.testing.SampleLeads;
import dev.campaigncrm.testing.TestLeads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class OutcomeSpillTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

    /** Replies to every third lead sent, with headers, so that phase two's components are filled in. */
    private static final ReplySource SOME_REPLY = new ReplySource() {
        @Override
        public List<Reply> collect(List<Outreach> sent) {
            return sent.stream().filter(o -> o.index() % 3 == 0)
                    .map(o -> new Reply(o.analysis().lead().id(), o.draft().to(), "Re: " + o.draft().subject(),
                            "Yes, call me.", Map.of("Auto-Submitted", "no"), o.send().at(), "test"))
                    .toList();
        }

        @Override
        public String describe() {
            return "test replies";
        }
    };

    @Test
    void outcomesAddedInAnyOrderComeBackInSourceOrderEqualToWhatWasAdded() {
        List<LeadOutcome> outcomes = new ArrayList<>(bothPhases(150));
        outcomes.add(withSequenceAndFailure(outcomes.size()));
        List<LeadOutcome> shuffled = new ArrayList<>(outcomes);
        Collections.shuffle(shuffled, new Random(7));

        // one outcome per run: 151 runs, more than one merge pass can take at once
        try (OutcomeSpill spill = new OutcomeSpill(1)) {
            shuffled.forEach(spill::add);
            try (LeadOutcomes back = spill.finish()) {
                assertThat(back.toList()).isEqualTo(outcomes);
                assertThat(back.toList()).isEqualTo(outcomes); // read again: same
                assertThat(back.size()).isEqualTo(outcomes.size());
                assertThat(back.sentCount()).isEqualTo(outcomes.stream().filter(LeadOutcome::sent).count());
                assertThat(back.failedCount()).isEqualTo(1);
            }
        }
    }

    @Test
    void theMergedFileIsAllThatIsLeftAndClosingDeletesIt() throws Exception {
        OutcomeSpill spill = new OutcomeSpill(1);
        Path dir = spill.directory();
        bothPhases(5).forEach(spill::add);
        LeadOutcomes back = spill.finish();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("outcomes.bin");
        }

        back.close();

        assertThat(dir).doesNotExist();
        assertThatThrownBy(back::stream).isInstanceOf(CampaignException.class).hasMessageContaining("closed");
    }

    @Test
    void aSpillClosedBeforeItFinishedDeletesItsRuns() {
        OutcomeSpill spill = new OutcomeSpill(1);
        bothPhases(3).forEach(spill::add);
        spill.close();
        assertThat(spill.directory()).doesNotExist();
    }

    @Test
    void phaseOneKeepsItsOutcomesOnDiskEqualToTheOutcomesItComputedAndDeletesThemOnClose() {
        Map<Integer, LeadOutcome> seenBySend = new ConcurrentHashMap<>();
        RecordingMailer mailer = RecordingMailer.refusing(d -> d.leadId().endsWith("7"));
        CampaignResult result = Campaign.builder().leads(SampleLeads.all()).asOf(AS_OF).mailer(mailer)
                .concurrency(4)
                .listener(e -> {
                    if (e instanceof CampaignEvent.StageDone d && d.stage() == Stage.SEND) {
                        seenBySend.put(d.outcome().index(), d.outcome());
                    } else if (e instanceof CampaignEvent.StageFailed f && f.stage() == Stage.SEND) {
                        seenBySend.put(f.outcome().index(), f.outcome());
                    }
                })
                .build().runPhaseOne();
        Path dir = ((SpilledOutcomes) result.outcomes()).directory();

        List<LeadOutcome> inMemory = seenBySend.values().stream()
                .sorted(Comparator.comparingInt(LeadOutcome::index)).toList();
        assertThat(result.outcomes().toList()).isEqualTo(inMemory);
        assertThat(result.outcomes().size()).isEqualTo(SampleLeads.all().size() - result.rejected().size());
        assertThat(result.sentCount()).isEqualTo(mailer.sent().size());
        assertThat(result.failedCount()).isEqualTo(inMemory.stream().filter(o -> !o.sent()).count()).isPositive();

        result.close();
        assertThat(dir).doesNotExist();
    }

    @Test
    void bothPhasesDeletePhaseOnesFileWhenPhaseTwoIsDone() {
        AtomicReference<Path> phaseOneDir = new AtomicReference<>();
        CampaignResult result = Campaign.builder().leads(TestLeads.leads(12)).asOf(AS_OF)
                .mailer(RecordingMailer.accepting()).replies(SOME_REPLY)
                .listener(e -> {
                    if (e instanceof CampaignEvent.PhaseDone p && p.phase() == 1) {
                        phaseOneDir.set(((SpilledOutcomes) p.result().outcomes()).directory());
                    }
                })
                .build().run();

        assertThat(result.outcomes().size()).isEqualTo(12);
        assertThat(phaseOneDir.get()).isNotNull().doesNotExist();
    }

    @Test
    void phaseTwoKeepsItsOutcomesOnDiskInSourceOrderEqualToWhatItClassifiedAndDeletesThemOnClose() {
        Map<Integer, LeadOutcome> classified = new ConcurrentHashMap<>();
        RecordingMailer mailer = RecordingMailer.refusing(d -> d.leadId().endsWith("7"));
        CampaignResult result = Campaign.builder().leads(TestLeads.leads(40)).asOf(AS_OF).mailer(mailer)
                .replies(SOME_REPLY).concurrency(3)
                .listener(e -> {
                    if (e instanceof CampaignEvent.StageDone d && d.stage() == Stage.CLASSIFY) {
                        classified.put(d.outcome().index(), d.outcome());
                    }
                })
                .build().run();
        Path dir = ((SpilledOutcomes) result.outcomes()).directory();
        List<LeadOutcome> outcomes = result.outcomes().toList();

        assertThat(outcomes).extracting(LeadOutcome::index).isSorted().hasSize(40);
        assertThat(outcomes).filteredOn(LeadOutcome::sent).hasSize(classified.size())
                .allSatisfy(o -> assertThat(o).isEqualTo(classified.get(o.index())));
        assertThat(outcomes).filteredOn(o -> !o.sent()).isNotEmpty()
                .allSatisfy(o -> assertThat(o.classification()).isNull());
        assertThat(result.sentCount()).isEqualTo(mailer.sent().size());
        assertThat(result.report().stats().sent()).isEqualTo(mailer.sent().size());

        result.close();
        assertThat(dir).doesNotExist();
    }

    /** Outcomes of both phases, every component filled in where the run fills it. */
    private static List<LeadOutcome> bothPhases(int n) {
        return Campaign.builder().leads(TestLeads.leads(n)).asOf(AS_OF).mailer(RecordingMailer.accepting())
                .replies(SOME_REPLY).classifier(r -> new ReplyClassification(ReplyCategory.INTERESTED, 0.75,
                        "test", Provenance.fallback("test", "none better"), "boss@example.com"))
                .build().run().outcomes().toList();
    }

    /** An outcome of a sequence lead that failed its second step: messages, progress and a failure. */
    private static LeadOutcome withSequenceAndFailure(int index) {
        LeadOutcome first = bothPhases(1).get(0);
        Instant at = Instant.parse("2026-11-24T10:15:30.123456789Z");
        SequenceMessage one = new SequenceMessage(first.draft(), first.send(), AS_OF);
        SequenceMessage two = new SequenceMessage(first.draft().withStep(EmailStep.followUp(2, List.of("<a@x>"))),
                SendResult.failed(first.lead().id(), first.lead().email(), at, "452 try later"), AS_OF.plusDays(3));
        LeadProgress progress = new LeadProgress(first.lead().id(), SequenceState.ACTIVE, 1, 2, 2,
                AS_OF.plusDays(4), null, null, 0, "");
        return new LeadOutcome(index, first.lead(), first.analysis(), first.draft(), first.send(), null, null,
                new StageFailure(Stage.SEND, "452 try later"), List.of(one, two), progress);
    }
}
