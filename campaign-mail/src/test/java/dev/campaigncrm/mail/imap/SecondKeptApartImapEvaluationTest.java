package dev.campaigncrm.mail.imap;

/**
 * The second kept-apart set ({@code src/test/resources/kept-apart-2}, written 2026-12-05 without looking at the cues,
 * the examples or the first set's texts) evaluated exactly as {@link KeptApartImapEvaluationTest} evaluates the first:
 * the same Dovecot, reader, classifier and assertions (the Done-when thresholds of issue 9).
 */
class SecondKeptApartImapEvaluationTest extends KeptApartImapEvaluationTest {

    @Override
    KeptApartSet set() {
        return KeptApartSet.second();
    }
}
