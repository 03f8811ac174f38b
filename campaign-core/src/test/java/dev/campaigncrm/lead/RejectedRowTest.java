package dev.campaigncrm.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RejectedRowTest {

    @Test
    void rawCellsAreJoinedAsOneCsvLineQuotedWhereNeeded() {
        assertThat(RejectedRow.joinRaw(Arrays.asList("a", "b,c", "say \"hi\"", null, "x\ny\nz", "r\rs")))
                .isEqualTo("a,\"b,c\",\"say \"\"hi\"\"\",,\"x\ny\nz\",\"r\rs\"");
        assertThat(RejectedRow.joinRaw(List.of())).isEmpty();
    }

    @Test
    void theMessageNamesSourceLineFieldAndReason() {
        assertThat(new RejectedRow(new SourceRef("sheet ID/Leads", 7), "email", "missing email", "").message())
                .isEqualTo("sheet ID/Leads:7 [email]: missing email");
    }
}
