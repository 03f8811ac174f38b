package dev.campaigncrm.mail.imap;

/**
 * The ninth kept-apart set ({@code src/test/resources/kept-apart-9}, written 2026-12-05 without looking at the cues,
 * the examples, the reply-text code or the first eight sets' texts) evaluated exactly as
 * {@link KeptApartImapEvaluationTest} evaluates the first: the same Dovecot, reader, classifier and assertions (the
 * Done-when thresholds of issue 9). Measured blind (0.837 before the learned second reading, 0.877 with it, 0.885
 * with the rules of sets 6-8), then its errors were read: it is spent, and runs in the build as a regression guard
 * since the offline default passes the thresholds on it (0.957, SKIP 1.000, 2026-12-05).
 */
class NinthKeptApartImapEvaluationTest extends KeptApartImapEvaluationTest {

    @Override
    KeptApartSet set() {
        return KeptApartSet.ninth();
    }
}
