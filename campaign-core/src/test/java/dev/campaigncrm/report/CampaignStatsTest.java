package dev.campaigncrm.report;

import static dev.campaigncrm.report.OutcomeBuilder.REAL_RUN;
import static dev.campaigncrm.report.OutcomeBuilder.SIMULATED_RUN;
import static dev.campaigncrm.report.OutcomeBuilder.lead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.campaigncrm.analysis.Persona;
import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.reply.ReplyCategory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignStatsTest {

    /** Seven leads covering every outcome: the figures below are worked out by hand. */
    static List<LeadOutcome> mixed() {
        return List.of(
                lead(0).score(85).persona(Persona.ENTERPRISE_TECH_DECISION_MAKER).location("Boston, MA")
                        .enriched(2).reply(ReplyCategory.INTERESTED).build(),
                lead(1).score(30).persona(Persona.SMALL_BUSINESS_OWNER).industry("Healthcare").size("5")
                        .location("Berlin").reply(ReplyCategory.NOT_INTERESTED).build(),
                lead(2).score(65).industry("software ").size("50-100").reply(ReplyCategory.SKIP).build(),
                lead(3).score(45).size("").location("").build(),
                lead(4).score(70).failed("550 mailbox unavailable").build(),
                lead(5).industry("Healthcare").analysisFailed().build(),
                lead(6).score(90).persona(Persona.ENTERPRISE_TECH_DECISION_MAKER)
                        .analysedBy(Provenance.fallback("rules", "gemini: HTTP 429"))
                        .reply(ReplyCategory.NEEDS_FOLLOW_UP).build());
    }

    @Test
    void outcomesStreamedOneAtATimeGiveTheSameFiguresAsAList() {
        List<LeadOutcome> shuffled = new ArrayList<>(mixed());
        Collections.reverse(shuffled);

        CampaignStats streamed = CampaignStats.compute(dev.campaigncrm.outcome.LeadOutcomes.of(shuffled), 3, REAL_RUN);

        assertThat(streamed).isEqualTo(CampaignStats.compute(mixed(), 3, REAL_RUN));
        assertThat(streamed.contacts()).isEqualTo(7);
    }

    @Test
    void countsDeliveryAndRepliesExactly() {
        CampaignStats s = CampaignStats.compute(mixed(), 3, REAL_RUN);

        assertThat(s.run()).isEqualTo(REAL_RUN);
        assertThat(s.contacts()).isEqualTo(7);
        assertThat(s.rejectedRows()).isEqualTo(3);
        assertThat(s.sent()).isEqualTo(5);
        assertThat(s.failed()).isEqualTo(1);
        assertThat(s.skipped()).isEqualTo(1);
        assertThat(s.humanReplies()).isEqualTo(3);
        assertThat(s.autoReplies()).isEqualTo(1);
        assertThat(s.noReply()).isEqualTo(1);
        assertThat(s.repliesReceived()).isEqualTo(4);
        assertThat(s.categories()).containsExactly(
                java.util.Map.entry(ReplyCategory.INTERESTED, 1), java.util.Map.entry(ReplyCategory.NOT_INTERESTED, 1),
                java.util.Map.entry(ReplyCategory.NEEDS_FOLLOW_UP, 1), java.util.Map.entry(ReplyCategory.UNCLEAR, 0),
                java.util.Map.entry(ReplyCategory.SKIP, 1));
        assertThat(s.deliveryRate()).isCloseTo(5.0 / 7, within(1e-9));
        assertThat(s.responseRate()).isCloseTo(3.0 / 5, within(1e-9));
        assertThat(s.positiveResponseShare()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(s.interestRate()).isCloseTo(1.0 / 5, within(1e-9));
        assertThat(s.repliesSimulated()).isFalse();
    }

    @Test
    void scoreAndPersonaFiguresLeaveOutFailedAnalysis() {
        CampaignStats s = CampaignStats.compute(mixed(), 0, REAL_RUN);

        assertThat(s.analysed()).isEqualTo(6);
        assertThat(s.averagePriorityScore()).isCloseTo((85 + 30 + 65 + 45 + 70 + 90) / 6.0, within(1e-9));
        assertThat(s.enrichedFields()).isEqualTo(2);
        assertThat(s.personas()).containsExactly(
                new Segment("General Business Contact", 3, 2, 0, 0),
                new Segment("Enterprise Technology Decision Maker", 2, 2, 2, 1),
                new Segment("Small Business Owner", 1, 1, 1, 0));
        assertThat(s.scoreBands()).containsExactly(
                new Segment("80-100 (high)", 2, 2, 2, 1),
                new Segment("60-79 (warm)", 2, 1, 0, 0),
                new Segment("40-59 (medium)", 1, 1, 0, 0),
                new Segment("0-39 (cold)", 1, 1, 1, 0));
    }

    @Test
    void breaksDownByIndustrySizeAndRegionOverAllContacts() {
        CampaignStats s = CampaignStats.compute(mixed(), 0, REAL_RUN);

        assertThat(s.industries()).containsExactly(
                new Segment("Software", 5, 4, 2, 1),
                new Segment("Healthcare", 2, 1, 1, 0));
        assertThat(s.companySizes()).containsExactly(
                new Segment("1-9", 1, 1, 1, 0),
                new Segment("50-99", 1, 1, 0, 0),
                new Segment("200-499", 4, 2, 2, 1),
                new Segment("unknown", 1, 1, 0, 0));
        assertThat(s.regions()).extracting(Segment::name, Segment::contacts).containsExactly(
                org.assertj.core.groups.Tuple.tuple("TX", 4), org.assertj.core.groups.Tuple.tuple("Berlin", 1),
                org.assertj.core.groups.Tuple.tuple("MA", 1), org.assertj.core.groups.Tuple.tuple("unknown", 1));
    }

    @Test
    void countsProvenanceFallbacksAndFailures() {
        CampaignStats s = CampaignStats.compute(mixed(), 0, REAL_RUN);

        assertThat(s.provenance()).containsExactly(
                new StageProvenance("analysis", List.of(new Count("rules", 6)), 1,
                        List.of(new Count("gemini: HTTP 429", 1))),
                new StageProvenance("draft", List.of(new Count("template", 6)), 0, List.of()),
                new StageProvenance("classification", List.of(new Count("rules", 4)), 0, List.of()));
        assertThat(s.fallbacks()).isEqualTo(1);
        assertThat(s.stageFailures()).containsExactly(new Count("analyze", 1), new Count("send", 1));
        assertThat(s.stoppedLeads()).isEqualTo(2);
        assertThat(s.sendFailureReasons()).containsExactly(new Count("550 mailbox unavailable", 1));
    }

    @Test
    void anUncertainSendIsNeitherDeliveredNorFailedNorNotAttempted() {
        List<LeadOutcome> outcomes = List.of(lead(0).sent().build(), lead(1).uncertain().build(),
                lead(2).failed("550 mailbox unavailable").build());

        CampaignStats s = CampaignStats.compute(outcomes, 0, REAL_RUN);

        assertThat(s.sent()).isEqualTo(1);
        assertThat(s.uncertain()).isEqualTo(1);
        assertThat(s.failed()).isEqualTo(1);
        assertThat(s.skipped()).isZero();
        assertThat(MarkdownReportWriter.defaults().write(s, outcomes).markdown())
                .contains("| Uncertain (interrupted; not resent) | 1 | 33.3% (6.1\u201379.2%) |")
                .contains("1 email is uncertain");
    }

    @Test
    void emptyCampaignHasZeroRatesNotNaN() {
        CampaignStats s = CampaignStats.compute(List.of(), 0, REAL_RUN);

        assertThat(s.contacts()).isZero();
        assertThat(List.of(s.deliveryRate(), s.responseRate(), s.positiveResponseShare(), s.interestRate(),
                s.averagePriorityScore())).containsOnly(0.0);
        assertThat(s.personas()).isEmpty();
        assertThat(s.scoreBands()).hasSize(4).allSatisfy(b -> assertThat(b.contacts()).isZero());
    }

    @Test
    void sendsWithoutRepliesGiveZeroResponseRateAndZeroPositiveShare() {
        List<LeadOutcome> noReplies = List.of(lead(0).build(), lead(1).build());
        CampaignStats s = CampaignStats.compute(noReplies, 0, REAL_RUN);

        assertThat(s.sent()).isEqualTo(2);
        assertThat(s.noReply()).isEqualTo(2);
        assertThat(s.responseRate()).isZero();
        assertThat(s.positiveResponseShare()).isZero();
        assertThat(s.deliveryRate()).isEqualTo(1.0);
    }

    @Test
    void segmentRatesAreSafeForEmptyDenominators() {
        Segment empty = new Segment("x", 2, 0, 0, 0);
        assertThat(List.of(empty.responseRate(), empty.interestRate(), empty.positiveShare())).containsOnly(0.0);
        assertThat(new Segment("y", 4, 2, 1, 1).responseRate()).isEqualTo(0.5);
    }

    @Test
    void unclassifiedReplyIsCountedApartFromHumanAndAutoReplies() {
        CampaignStats s = CampaignStats.compute(List.of(lead(0).unclassifiedReply().build()), 0, REAL_RUN);

        assertThat(s.unclassifiedReplies()).isEqualTo(1);
        assertThat(s.humanReplies()).isZero();
        assertThat(s.autoReplies()).isZero();
        assertThat(s.noReply()).isZero();
    }

    @Test
    void detectsSimulatedRepliesFromRepliesOrFromTheRun() {
        assertThat(CampaignStats.compute(List.of(lead(0).simulatedReply(ReplyCategory.INTERESTED).build()), 0,
                REAL_RUN).repliesSimulated()).isTrue();
        assertThat(CampaignStats.compute(List.of(lead(0).build()), 0, SIMULATED_RUN).repliesSimulated()).isTrue();
        assertThat(CampaignStats.compute(List.of(lead(0).reply(ReplyCategory.INTERESTED).build()), 0, REAL_RUN)
                .repliesSimulated()).isFalse();
    }

    @Test
    void theOrderOfTheOutcomesDoesNotChangeTheFigures() {
        List<LeadOutcome> shuffled = new ArrayList<>(mixed());
        Collections.reverse(shuffled);

        assertThat(CampaignStats.compute(shuffled, 3, REAL_RUN)).isEqualTo(CampaignStats.compute(mixed(), 3, REAL_RUN));
    }

    @Test
    void regionIsTheLastNonEmptyCommaSeparatedPart() {
        assertThat(StatsCalculator.region("Boston, MA")).isEqualTo("MA");
        assertThat(StatsCalculator.region("London, United Kingdom , ")).isEqualTo("United Kingdom");
        assertThat(StatsCalculator.region("Berlin")).isEqualTo("Berlin");
        assertThat(StatsCalculator.region(" ")).isEqualTo("unknown");
        assertThat(StatsCalculator.region(",")).isEqualTo("unknown");
    }

    @Test
    void sizeBandsHaveTheSeedBoundaries() {
        assertThat(List.of(1, 9, 10, 49, 50, 99, 100, 199, 200, 499, 500, 100_000))
                .extracting(StatsCalculator::sizeBand)
                .containsExactly("1-9", "1-9", "10-49", "10-49", "50-99", "50-99", "100-199", "100-199",
                        "200-499", "200-499", "500+", "500+");
        assertThat(StatsCalculator.sizeBand(null)).isEqualTo("unknown");
        assertThat(StatsCalculator.sizeBand(0)).isEqualTo("unknown");
    }

    @Test
    void scoreBandBoundariesFollowUrgency() {
        List<LeadOutcome> edges = List.of(lead(0).score(80).build(), lead(1).score(79).build(),
                lead(2).score(60).build(), lead(3).score(59).build(), lead(4).score(40).build(),
                lead(5).score(39).build(), lead(6).score(0).build(), lead(7).score(100).build());
        assertThat(CampaignStats.compute(edges, 0, REAL_RUN).scoreBands()).extracting(Segment::contacts)
                .containsExactly(2, 2, 2, 2);
    }

    @Test
    void rejectsANegativeRejectedCount() {
        assertThatThrownBy(() -> CampaignStats.compute(List.of(), -1, REAL_RUN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
