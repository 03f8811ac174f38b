package dev.campaigncrm.mail.imap;

import org.junit.jupiter.api.Disabled;

/**
 * The fourteenth kept-apart set ({@code src/test/resources/kept-apart-14}, written 2026-12-06 without looking at the
 * cues, the examples or the earlier sets' texts), run exactly as {@link KeptApartImapEvaluationTest} runs the first.
 */
@Disabled("Fourteenth kept-apart set, written and captured blind on 2026-12-06 and not measured: whoever removes @Disabled and runs it first measures it, on the code of that day")
class FourteenthKeptApartImapEvaluationTest extends KeptApartImapEvaluationTest {

    @Override
    KeptApartSet set() {
        return KeptApartSet.fourteenth();
    }
}
