package dev.campaigncrm.mail.imap;

/**
 * The third kept-apart set ({@code src/test/resources/kept-apart-3}, written 2026-12-05 without looking at the cues,
 * the examples, the reply-text code or the first two sets' texts) evaluated exactly as
 * {@link KeptApartImapEvaluationTest} evaluates the first: the same Dovecot, reader, classifier and assertions (the
 * Done-when thresholds of issue 9). Not measured by its author: its figures are for whoever runs it first.
 */
class ThirdKeptApartImapEvaluationTest extends KeptApartImapEvaluationTest {

    @Override
    KeptApartSet set() {
        return KeptApartSet.third();
    }
}
