package dev.campaigncrm.mail.imap;

import org.junit.jupiter.api.Disabled;

/**
 * The sixteenth kept-apart set ({@code kept-apart-16}, see its README), run exactly as the first: written and
 * captured without looking at the cues, examples or earlier texts, and not measured by its author.
 */
@Disabled("Sixteenth kept-apart set, written and captured blind on 2026-12-06 and not measured: "
        + "whoever removes @Disabled and runs it first measures it, on the code of that day")
class SixteenthKeptApartImapEvaluationTest extends KeptApartImapEvaluationTest {

    @Override
    KeptApartSet set() {
        return KeptApartSet.sixteenth();
    }
}
