package dev.campaigncrm.mail.imap;

/**
 * The third kept-apart set ({@code src/test/resources/kept-apart-3}) evaluated exactly as {@link
 * KeptApartImapEvaluationTest} evaluates the first: the same Dovecot, reader, classifier and assertions (the Done-when
 * thresholds of issue 9). First run 0.872, second 0.906 (errors unread); 0.949 on 2026-12-05, later. Its errors have
 * since been read and general fixes made with them in view, so it no longer measures unseen mail: it runs as a
 * regression guard on real client formats and captured automatic mail.
 */
class ThirdKeptApartImapEvaluationTest extends KeptApartImapEvaluationTest {

    @Override
    KeptApartSet set() {
        return KeptApartSet.third();
    }
}
