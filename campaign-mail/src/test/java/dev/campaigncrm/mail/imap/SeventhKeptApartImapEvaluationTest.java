package dev.campaigncrm.mail.imap;

/**
 * The seventh kept-apart set ({@code src/test/resources/kept-apart-7}, written 2026-12-05 without looking at the cues,
 * the examples, the reply-text code or the first six sets' texts) evaluated exactly as
 * {@link KeptApartImapEvaluationTest} evaluates the first: the same Dovecot, reader, classifier and assertions (the
 * Done-when thresholds of issue 9). Measured blind (0.835 before the learned second reading, 0.876 after), then its
 * errors were read: it is spent, and runs in the build as a regression guard since the offline default passes the
 * thresholds on it (0.943, 2026-12-05).
 */
class SeventhKeptApartImapEvaluationTest extends KeptApartImapEvaluationTest {

    @Override
    KeptApartSet set() {
        return KeptApartSet.seventh();
    }
}
