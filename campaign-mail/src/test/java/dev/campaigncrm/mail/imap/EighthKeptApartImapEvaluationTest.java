package dev.campaigncrm.mail.imap;

/**
 * The eighth kept-apart set ({@code src/test/resources/kept-apart-8}, written 2026-12-05 without looking at the cues,
 * the examples, the reply-text code or the first seven sets' texts) evaluated exactly as
 * {@link KeptApartImapEvaluationTest} evaluates the first: the same Dovecot, reader, classifier and assertions (the
 * Done-when thresholds of issue 9). Measured blind (0.825 before the learned second reading, 0.879 with it), used
 * once to choose the weak-reading gate (0.886), then its errors were read: it is spent, and runs in the build as a
 * regression guard since the offline default passes the thresholds on it (0.924, SKIP 1.000, 2026-12-05).
 */
class EighthKeptApartImapEvaluationTest extends KeptApartImapEvaluationTest {

    @Override
    KeptApartSet set() {
        return KeptApartSet.eighth();
    }
}
