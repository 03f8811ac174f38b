package dev.campaigncrm.mail.imap;

/**
 * The thirteenth kept-apart set ({@code src/test/resources/kept-apart-13}, written 2026-12-06 without looking at
 * the cues, the examples, the reply-text code or the first twelve sets' texts) evaluated exactly as
 * {@link KeptApartImapEvaluationTest} evaluates the first: the same Dovecot, reader, classifier and assertions (the
 * Done-when thresholds of issue 9). Measured blind at first contact on 2026-12-06 (4521b0b): macro-F1 0.934, SKIP
 * precision and recall 1.000, 135 of 135 threaded, no reply text lost: the first set that met every threshold at
 * first contact. Its errors are unread; it runs in the build as it was measured.
 */
class ThirteenthKeptApartImapEvaluationTest extends KeptApartImapEvaluationTest {

    @Override
    KeptApartSet set() {
        return KeptApartSet.thirteenth();
    }
}
