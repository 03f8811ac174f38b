package dev.campaigncrm.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.campaigncrm.lead.Lead;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RubricScorerTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    private final RubricScorer scorer = RubricScorer.defaults();

    private static Lead.Builder lead() {
        return Lead.builder().id("L1").name("Ada Example").email("ada@example.test").company("Example Co");
    }

    private ScoreBreakdown score(Lead lead) {
        return scorer.score(lead, AS_OF);
    }

    @ParameterizedTest(name = "{0} days ago -> {1}")
    @CsvSource({"0, 25", "1, 25", "7, 25", "8, 15", "30, 15", "31, 10", "90, 10", "91, 5", "400, 5"})
    void recencyBandsMeasureFromAsOf(int daysAgo, int points) {
        ScoreBreakdown s = score(lead().lastContactDate(AS_OF.minusDays(daysAgo)).build());
        assertThat(s.recency()).isEqualTo(points);
        assertThat(s.reasons().get(1)).startsWith("recency " + points + ": ")
                .contains(AS_OF.minusDays(daysAgo).toString());
    }

    @Test
    void recencyReasonNamesTheDaysAndTheDate() {
        ScoreBreakdown s = score(lead().lastContactDate(LocalDate.of(2026, 11, 20)).build());
        assertThat(s.reasons().get(1)).isEqualTo("recency 25: 4 days since last contact (2026-11-20)");
    }

    @Test
    void neverContactedScoresNoRecency() {
        ScoreBreakdown s = score(lead().build());
        assertThat(s.recency()).isZero();
        assertThat(s.reasons().get(1)).isEqualTo("recency 0: never contacted");
    }

    @Test
    void aContactAfterAsOfIsADataErrorAndScoresNothing() {
        ScoreBreakdown s = score(lead().lastContactDate(AS_OF.plusDays(1)).build());
        assertThat(s.recency()).isZero();
        assertThat(s.reasons().get(1)).contains("2026-11-25 is after the as-of date 2026-11-24");
    }

    @Test
    void recencyDependsOnAsOfNotOnTheWallClock() {
        Lead l = lead().lastContactDate(LocalDate.of(2020, 1, 1)).build();
        assertThat(scorer.score(l, LocalDate.of(2020, 1, 5)).recency()).isEqualTo(25);
        assertThat(scorer.score(l, LocalDate.of(2020, 3, 1)).recency()).isEqualTo(10);
    }

    @ParameterizedTest(name = "{0} employees -> {1}")
    @CsvSource({"1, 5", "9, 5", "10, 7", "49, 7", "50, 10", "99, 10", "100, 12", "199, 12", "200, 15", "499, 15",
            "500, 20", "10000, 20", "0, 0"})
    void companySizeBands(int employees, int points) {
        assertThat(score(lead().employees(employees).build()).companySize()).isEqualTo(points);
    }

    @Test
    void companySizeReasonShowsTheBand() {
        assertThat(score(lead().employees(10_000).build()).reasons().get(3))
                .isEqualTo("company size 20: 10,000 employees (500+)");
        assertThat(score(lead().employees(250).build()).reasons().get(3))
                .isEqualTo("company size 15: 250 employees (200-499)");
        assertThat(score(lead().companySize("a few").build()).reasons().get(3))
                .isEqualTo("company size 0: size unknown");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CTO                  | 25
            VP of Sales          | 20
            Head of Operations   | 20
            Operations Manager   | 15
            Data Analyst         | 10
            Product Owner        | 10
            ''                   | 0
            Wizard               | 0
            """)
    void titlePointsFollowSeniority(String title, int points) {
        assertThat(score(lead().jobTitle(title).build()).seniority()).isEqualTo(points);
    }

    @Test
    void titleReasonQuotesTheTitleOnOneLine() {
        ScoreBreakdown s = score(lead().jobTitle("CTO\r\nBcc: x@evil.test").build());
        assertThat(s.reasons().get(2)).startsWith("seniority 25: C-level title 'CTO Bcc: x@evil.test'")
                .doesNotContain("\n", "\r");
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Requested a demo; budget approved.                  | 30
            Requested a demo                                    | 25
            demo requested by their CTO                         | 25
            Budget approved for Q1                              | 25
            Asked for a proposal                                | 25
            Asked for pricing                                   | 20
            Very interested in the product                      | 20
            Interested; asked for pricing; asked for a proposal | 30
            Interested, asked for pricing                       | 25
            Interested but limited budget                       | 15
            Needs follow-up                                     | 10
            Limited budget                                      | 7
            Not right now                                       | 5
            No budget this year                                 | 5
            Not interested                                      | 5
            not really that interested                          | 3
            They have no interest at the moment                 | 5
            no budget approved yet                              | 5
            Met at a trade show                                 | 3
            Disinterested and uninterested                      | 5
            ''                                                  | 0
            """)
    void engagementFromTheNotes(String notes, int points) {
        assertThat(score(lead().notes(notes).build()).engagement()).isEqualTo(points);
    }

    @Test
    void notInterestedNeverCountsAsInterested() {
        ScoreBreakdown s = score(lead().notes("Said they are not interested.").build());
        assertThat(s.reasons().get(0)).isEqualTo("engagement 5: concern 'not interested'");
    }

    @Test
    void negationReachesOnlyItsOwnClause() {
        ScoreBreakdown s = score(lead().notes("No rush, interested in a pilot").build());
        assertThat(s.engagement()).isEqualTo(20);
        assertThat(s.reasons().get(0)).isEqualTo("engagement 20: 'interested'");
    }

    @Test
    void signalsMatchWholeWordsOnly() {
        assertThat(score(lead().notes("uninterested; demonstration pending").build()).engagement()).isEqualTo(5);
        assertThat(score(lead().notes("The demoscene requested a logo").build()).engagement()).isEqualTo(3);
    }

    @Test
    void engagementReasonListsTheSignals() {
        ScoreBreakdown s = score(lead().notes("Requested a demo; budget approved").build());
        assertThat(s.reasons().get(0)).isEqualTo("engagement 30: 'requested a demo', 'budget approved'");
        assertThat(score(lead().notes("Interested but limited budget").build()).reasons().get(0))
                .isEqualTo("engagement 15: 'interested'; concern 'limited budget' (-5)");
        assertThat(score(lead().notes("Met at a trade show").build()).reasons().get(0))
                .isEqualTo("engagement 3: notes show no buying signal or concern");
        assertThat(score(lead().build()).reasons().get(0)).isEqualTo("engagement 0: no notes");
    }

    @Test
    void theSeedsTopLeadScoresOneHundred() {
        ScoreBreakdown s = score(lead().jobTitle("CTO").employees(10_000)
                .lastContactDate(LocalDate.of(2026, 11, 20)).notes("Requested a demo; budget approved").build());
        assertThat(s.total()).isEqualTo(100);
        assertThat(s.reasons()).hasSize(4);
    }

    @Test
    void everyBandIsConfigurable() {
        RubricScorer custom = RubricScorer.builder()
                .positiveSignals(List.of(RubricScorer.Signal.of("signed", 30, "signed the contract")))
                .concerns(List.of(RubricScorer.Signal.of("churn risk", 8, "churn risk")))
                .neutralNotesPoints(0)
                .recencyBands(List.of(new RubricScorer.RecencyBand(14, 20)))
                .olderContactPoints(2)
                .neverContactedPoints(1)
                .seniorityPoints(Seniority.MANAGER, 25)
                .sizeBands(List.of(new RubricScorer.SizeBand(1000, 20), new RubricScorer.SizeBand(1, 3)))
                .unknownSizePoints(4)
                .build();
        Lead l = lead().jobTitle("Operations Manager").employees(999).lastContactDate(AS_OF.minusDays(14))
                .notes("Signed the contract").build();
        ScoreBreakdown s = custom.score(l, AS_OF);
        assertThat(List.of(s.engagement(), s.recency(), s.seniority(), s.companySize()))
                .containsExactly(30, 20, 25, 3);
        ScoreBreakdown other = custom.score(lead().notes("Requested a demo").lastContactDate(AS_OF.minusDays(15))
                .build(), AS_OF);
        assertThat(List.of(other.engagement(), other.recency(), other.companySize())).containsExactly(0, 2, 4);
        assertThat(custom.score(lead().build(), AS_OF).recency()).isEqualTo(1);
    }

    @Test
    void aBandAboveItsPartsMaximumIsRejected() {
        assertThatThrownBy(() -> RubricScorer.builder().sizeBands(List.of(new RubricScorer.SizeBand(1, 21))).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0..20");
        assertThatThrownBy(() -> RubricScorer.builder().seniorityPoints(Seniority.C_LEVEL, 26).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0..25");
        assertThatThrownBy(() -> RubricScorer.builder()
                .positiveSignals(List.of(RubricScorer.Signal.of("x", 31, "x"))).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0..30");
    }
}
