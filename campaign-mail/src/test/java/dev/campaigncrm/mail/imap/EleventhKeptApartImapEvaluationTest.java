package dev.campaigncrm.mail.imap;

/**
 * The eleventh kept-apart set ({@code src/test/resources/kept-apart-11}, written 2026-12-05 without looking at the
 * cues, the examples, the reply-text code or the first ten sets' texts) evaluated exactly as
 * {@link KeptApartImapEvaluationTest} evaluates the first: the same Dovecot, reader, classifier and assertions (the
 * Done-when thresholds of issue 9). Measured blind (0.853), then its errors were read (spent); 0.909 with SKIP 1.000
 * since 2026-12-06, so it runs as a regression guard.
 */
class EleventhKeptApartImapEvaluationTest extends KeptApartImapEvaluationTest {

    @Override
    KeptApartSet set() {
        return KeptApartSet.eleventh();
    }
}
