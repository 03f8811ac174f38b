package dev.campaigncrm.mail.imap;

/**
 * The tenth kept-apart set ({@code src/test/resources/kept-apart-10}, written 2026-12-05 without looking at the cues,
 * the examples, the reply-text code or the first nine sets' texts) evaluated exactly as
 * {@link KeptApartImapEvaluationTest} evaluates the first: the same Dovecot, reader, classifier and assertions (the
 * Done-when thresholds of issue 9). Measured blind (0.835 before the learned second reading, 0.900 with it, 0.916
 * with all changes to b5a11dc; SKIP recall 0.974), then its errors were read: it is spent, and runs in the build as a
 * regression guard since the offline default passes the thresholds on it (0.958, SKIP 1.000, 2026-12-05).
 */
class TenthKeptApartImapEvaluationTest extends KeptApartImapEvaluationTest {

    @Override
    KeptApartSet set() {
        return KeptApartSet.tenth();
    }
}
