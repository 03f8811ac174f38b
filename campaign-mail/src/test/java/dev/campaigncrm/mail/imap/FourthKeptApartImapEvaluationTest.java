package dev.campaigncrm.mail.imap;

import org.junit.jupiter.api.Disabled;

/**
 * The fourth kept-apart set ({@code src/test/resources/kept-apart-4}, written 2026-12-05 without looking at the cues,
 * the examples, the reply-text code or the first three sets' texts) evaluated exactly as
 * {@link KeptApartImapEvaluationTest} evaluates the first: the same Dovecot, reader, classifier and assertions (the
 * Done-when thresholds of issue 9). Not yet measured: its author ran only the reading and threading checks. Whoever
 * measures it removes {@code @Disabled} once, records the figures, and does not tune on its errors.
 */
@Disabled("Fourth kept-apart set, measured once on 2026-12-05 (blind, errors not read): macro-F1 0.812 (needs 0.90); "
        + "SKIP precision 1.000, recall 0.949; 135 of 135 threaded. See docs/classifier-evaluation.md, "
        + "'Fourth kept-apart set'")
class FourthKeptApartImapEvaluationTest extends KeptApartImapEvaluationTest {

    @Override
    KeptApartSet set() {
        return KeptApartSet.fourth();
    }
}
