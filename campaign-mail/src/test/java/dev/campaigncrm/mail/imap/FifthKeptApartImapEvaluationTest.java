package dev.campaigncrm.mail.imap;

/**
 * The fifth kept-apart set ({@code src/test/resources/kept-apart-5}, written 2026-12-05 without looking at the cues,
 * the examples, the reply-text code or the first four sets' texts) evaluated exactly as {@link
 * KeptApartImapEvaluationTest} evaluates the first: the same Dovecot, reader, classifier and assertions (the Done-when
 * thresholds of issue 9). Measured blind once (0.796), then its errors were read: it is spent, and runs in the build
 * as a regression guard since the offline default passes the thresholds on it (0.908 with the learned second
 * reading, 2026-12-05).
 */
class FifthKeptApartImapEvaluationTest extends KeptApartImapEvaluationTest {

    @Override
    KeptApartSet set() {
        return KeptApartSet.fifth();
    }
}
