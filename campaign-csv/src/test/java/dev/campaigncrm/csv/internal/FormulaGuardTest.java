package dev.campaigncrm.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "=cmd|' /C calc'!A0", "+SUM(A1)", "-2+3", "@SUM(A1)", "\t=1", "\r=1",
            "=HYPERLINK(\"http://evil.test\",\"click\")", "-", "+", "+1 555 0100", "--5"})
    void cellsThatStartLikeAFormulaGetALeadingQuote(String value) {
        assertThat(FormulaGuard.neutralise(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "+3.2", "-0.75", "42", "Acme = good", "plain", "", "'quoted", "a@b.test"})
    void plainNumbersAndOrdinaryTextStayAsTheyAre(String value) {
        assertThat(FormulaGuard.neutralise(value)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "-5", "'=x", "''=x", "'-5", "'", "''", "'plain", "@x", "\t", "-", "plain"})
    void restoringGivesBackExactlyTheValueWritten(String value) {
        assertThat(FormulaGuard.restore(FormulaGuard.neutralise(value))).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(quoteCharacter = '"', value = {"'=x,''=x", "''=x,'''=x"})
    void aValueThatAlreadyStartsWithAQuoteBeforeAFormulaGetsAnotherOne(String value, String written) {
        assertThat(FormulaGuard.neutralise(value)).isEqualTo(written);
    }
}
