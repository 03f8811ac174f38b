package dev.campaigncrm.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatisticsTest {

    private static void assertWilson(int k, int n, double low, double high) {
        Interval i = Statistics.wilson(k, n);
        assertThat(i.low()).as("%d/%d low", k, n).isCloseTo(low, within(0.00006));
        assertThat(i.high()).as("%d/%d high", k, n).isCloseTo(high, within(0.00006));
    }

    /** Newcombe (1998), Statistics in Medicine 17:857–872, table I, method 3 (Wilson score interval). */
    @Test
    void wilsonMatchesNewcombesPublishedIntervals() {
        assertWilson(81, 263, 0.2553, 0.3662);
        assertWilson(15, 148, 0.0624, 0.1605);
        assertWilson(0, 20, 0.0, 0.1611);
        assertWilson(1, 29, 0.0061, 0.1718);
    }

    @Test
    void wilsonForFiveOfTwentyNoneOfTenAndAllOfTen() {
        assertWilson(5, 20, 0.1119, 0.4687);
        assertWilson(0, 10, 0.0, 0.2775);
        assertWilson(10, 10, 0.7225, 1.0);
    }

    /** Fisher's tea-tasting experiment (3 of 4 against 1 of 4) and Wikipedia's dieting example (1/12 against 9/12). */
    @Test
    void fishersExactTestMatchesPublishedTwoSidedPValues() {
        assertThat(Statistics.fisherExact(3, 4, 1, 4)).isCloseTo(0.4857, within(0.0001));
        assertThat(Statistics.fisherExact(1, 12, 9, 12)).isCloseTo(0.002759, within(0.000001));
        assertThat(Statistics.fisherExact(10, 10, 0, 10)).isCloseTo(2.0 / 184_756, within(1e-9));
        assertThat(Statistics.fisherExact(9, 12, 1, 12)).isEqualTo(Statistics.fisherExact(1, 12, 9, 12));
    }

    @Test
    void fishersExactTestIsOneWhenNothingCanDifferAndRejectsImpossibleCounts() {
        assertThat(Statistics.fisherExact(0, 30, 0, 30)).isEqualTo(1.0);
        assertThat(Statistics.fisherExact(0, 0, 2, 5)).isEqualTo(1.0);
        assertThat(Statistics.fisherExact(5, 10, 5, 10)).isCloseTo(1.0, within(1e-9));
        assertThatThrownBy(() -> Statistics.fisherExact(3, 2, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The textbook figure: 5% against 10% needs 435 per group at the 5% level with 80% power (Fleiss, no correction). */
    @Test
    void trialsPerGroupMatchesTheTextbookFigure() {
        assertThat(Statistics.trialsPerGroup(0.05, 0.10)).isEqualTo(435);
        assertThat(Statistics.trialsPerGroup(0.10, 0.05)).isEqualTo(435);
        assertThat(Statistics.trialsPerGroup(0.05, 0.05)).isZero();
        assertThat(Statistics.trialsPerGroup(0.02, 0.03)).isGreaterThan(Statistics.trialsPerGroup(0.02, 0.04));
    }

    @Test
    void wilsonWithoutTrialsIsTheWholeRangeAndRejectsImpossibleCounts() {
        assertThat(Statistics.wilson(0, 0)).isEqualTo(new Interval(0, 1));
        assertThatThrownBy(() -> Statistics.wilson(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Statistics.wilson(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Agresti, Categorical Data Analysis (2nd ed., 2002), section 3.4.5, table 3.7: infant malformation by the
     * mother's alcohol consumption, scores 0, 0.5, 1.5, 4.0, 7.0; the trend statistic is 6.57 (z = 2.56), P = 0.01.
     */
    @Test
    void cochranArmitageMatchesAgrestisMalformationExample() {
        Statistics.Trend t = Statistics.trend(List.of(
                new Statistics.Group(0, 48, 48 + 17066), new Statistics.Group(0.5, 38, 38 + 14464),
                new Statistics.Group(1.5, 5, 5 + 788), new Statistics.Group(4.0, 1, 1 + 126),
                new Statistics.Group(7.0, 1, 1 + 37)));

        assertThat(t.z() * t.z()).isCloseTo(6.57, within(0.01));
        assertThat(t.p()).isCloseTo(0.0104, within(0.0003));
        assertThat(t.slope()).isPositive();
        assertThat(t.trials()).isEqualTo(32574);
    }

    @Test
    void aClearTrendHasAnIntervalAwayFromZeroAndAFlatOneDoesNot() {
        Statistics.Trend rising = Statistics.trend(List.of(new Statistics.Group(1, 10, 100),
                new Statistics.Group(2, 20, 100), new Statistics.Group(3, 30, 100), new Statistics.Group(4, 40, 100)));
        Statistics.Trend flat = Statistics.trend(List.of(new Statistics.Group(1, 2, 10),
                new Statistics.Group(2, 3, 10), new Statistics.Group(3, 2, 10), new Statistics.Group(4, 3, 10)));

        assertThat(rising.slope()).isCloseTo(0.10, within(1e-12));
        assertThat(rising.clear()).isTrue();
        assertThat(rising.low()).isPositive();
        assertThat(rising.p()).isLessThan(0.0001);
        assertThat(flat.clear()).isFalse();
        assertThat(flat.p()).isGreaterThan(0.5);
    }

    @Test
    void noTrendWithoutTwoGroupsOrWithoutVariation() {
        assertThat(Statistics.trend(List.of(new Statistics.Group(1, 3, 10), new Statistics.Group(2, 0, 0)))).isNull();
        assertThat(Statistics.trend(List.of(new Statistics.Group(1, 0, 10), new Statistics.Group(2, 0, 10)))).isNull();
    }

    @Test
    void normalTailMatchesTables() {
        assertThat(Statistics.upperTail(1.959963984540054)).isCloseTo(0.025, within(1e-7));
        assertThat(Statistics.upperTail(0)).isCloseTo(0.5, within(1e-7));
        assertThat(Statistics.upperTail(3)).isCloseTo(0.0013499, within(1e-7));
    }
}
