package dev.campaigncrm.sheets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class A1Test {

    @Test
    void tabNamesAreQuotedWithInnerQuotesDoubled() {
        assertThat(A1.tab("Leads")).isEqualTo("'Leads'");
        assertThat(A1.tab("Bob's leads!")).isEqualTo("'Bob''s leads!'");
        assertThat(A1.cell("campaign_results", "A1")).isEqualTo("'campaign_results'!A1");
    }

    @Test
    void theFirstRowOfAReturnedRangeIsWhereRowNumbersStart() {
        assertThat(A1.startRow("Leads!A1:J12")).isEqualTo(1);
        assertThat(A1.startRow("'Q4 leads'!B3:F9")).isEqualTo(3);
        assertThat(A1.startRow("'a!b'!$C$17:D20")).isEqualTo(17);
        assertThat(A1.startRow("Leads!A:F")).isEqualTo(1);
        assertThat(A1.startRow("Leads")).isEqualTo(1);
        assertThat(A1.startRow(null)).isEqualTo(1);
    }
}
