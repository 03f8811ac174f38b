package dev.campaigncrm.mail.imap;

/**
 * The third kept-apart set ({@code src/test/resources/kept-apart-3}, written 2026-12-05 without looking at the cues,
 * the examples, the reply-text code or the first two sets' texts) evaluated exactly as
 * {@link KeptApartImapEvaluationTest} evaluates the first: the same Dovecot, reader, classifier and assertions (the
 * Done-when thresholds of issue 9). Not disabled, and not measured by its author: its classification figures are for
 * whoever runs it first. Its author ran only the reading checks: every person's words kept and no quoted line, but 134
 * of 135 messages threaded (the captured Pigeonhole sieve reject carries no In-Reply-To, as in the second set).
 */
class ThirdKeptApartImapEvaluationTest extends KeptApartImapEvaluationTest {

    @Override
    KeptApartSet set() {
        return KeptApartSet.third();
    }
}
