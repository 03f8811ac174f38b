package dev.campaigncrm.mail.imap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.mail.bounce.BounceReport;
import dev.campaigncrm.mail.bounce.BounceType;
import dev.campaigncrm.mail.internal.imap.BounceParser;
import dev.campaigncrm.mail.internal.imap.MailClassifier;
import dev.campaigncrm.mail.internal.imap.MailParser;
import dev.campaigncrm.mail.internal.imap.ParsedMail;
import dev.campaigncrm.mail.internal.imap.ReplyAssembler;
import dev.campaigncrm.mail.internal.imap.Threader;
import dev.campaigncrm.mail.internal.imap.Verdict;
import dev.campaigncrm.reply.Reply;
import dev.campaigncrm.reply.ReplyCategory;
import dev.campaigncrm.reply.RuleReplyClassifier;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each RFC 822 fixture: how it is classified, which lead it is threaded to, and what the reply carries. */
class MailFixturesTest {

    private final Threader threader = new Threader(Outreaches.sent(1, 20));

    @ParameterizedTest(name = "{0}: {1}, lead {2} by {3}")
    @CsvSource({
        "ooo-en,                  auto-reply, L1,  in-reply-to",
        "ooo-de,                  auto-reply, L2,  sender-subject",
        "ooo-fr,                  auto-reply, L3,  in-reply-to",
        "ooo-es,                  auto-reply, L4,  in-reply-to",
        "ooo-nl,                  auto-reply, L5,  in-reply-to",
        "ooo-sv,                  auto-reply, L6,  references",
        "dsn-postfix,             bounce,     L7,  bounce-message-id",
        "dsn-soft,                bounce,     L8,  bounce-recipient",
        "ndr-exchange,            bounce,     L9,  bounce-message-id",
        "bounce-gmail,            bounce,     L10, bounce-recipient",
        "bounce-exim,             bounce,     L11, bounce-message-id",
        "human-quoting-ooo,       human,      L12, references",
        "human-rewritten-subject, human,      L13, in-reply-to",
        "human-sender-subject,    human,      L14, sender-subject",
        "human-bounce-words,      human,      L13, in-reply-to",
        "unsubscribe,             human,      L15, references"})
    void classifiesAndThreadsEachFixture(String fixture, String label, String leadId, String how) throws Exception {
        ParsedMail mail = parse(fixture);
        Verdict verdict = MailClassifier.classify(mail);

        assertThat(verdict.label()).isEqualTo(label);
        Optional<Threader.Match> match = match(mail, verdict);
        assertThat(match).isPresent();
        assertThat(Threader.leadId(match.get().outreach())).isEqualTo(leadId);
        assertThat(match.get().how()).isEqualTo(how);
    }

    @ParameterizedTest(name = "{0} is not threaded to any lead")
    @CsvSource({"unmatched", "wrong-sender-reply"})
    void mailFromNoLeadIsNotGuessed(String fixture) throws Exception {
        ParsedMail mail = parse(fixture);

        assertThat(match(mail, MailClassifier.classify(mail))).isEmpty();
    }

    @ParameterizedTest(name = "{0} returns on {1}")
    @CsvSource({"ooo-en, 2026-12-07", "ooo-de, 2026-12-07", "ooo-fr, 2026-12-14", "ooo-es, 2026-12-09",
        "ooo-nl, 2026-12-11", "ooo-sv, 2027-01-04"})
    void outOfOfficeKeepsTheReturnDateOnTheReply(String fixture, String date) throws Exception {
        Reply reply = reply(fixture);

        assertThat(reply.header("X-Campaign-Class")).isEqualTo("auto-reply");
        assertThat(reply.header("X-Campaign-Return-Date")).isEqualTo(date);
        assertThat(reply.header("X-Campaign-Bounce")).isEmpty();
        assertThat(reply.source()).isEqualTo("imap");
    }

    @ParameterizedTest(name = "{0}: {1} {2} for {3}")
    @CsvSource({
        "dsn-postfix,  HARD, 5.1.1,  lead7@example.test",
        "dsn-soft,     SOFT, 4.2.2,  lead8@example.test",
        "ndr-exchange, HARD, 5.1.10, lead9@example.test",
        "bounce-gmail, HARD, 5.1.1,  lead10@example.test",
        "bounce-exim,  HARD, 5.0.0,  lead11@example.test"})
    void bouncesAreHardOrSoftByTheirStatus(String fixture, BounceType type, String status, String email)
            throws Exception {
        ParsedMail mail = parse(fixture);
        Verdict.Bounce bounce = (Verdict.Bounce) MailClassifier.classify(mail);
        BounceReport report = ReplyAssembler.bounceReports(bounce.bounce(), match(mail, bounce)).get(0);

        assertThat(report.type()).isEqualTo(type);
        assertThat(report.statusCode()).isEqualTo(status);
        assertThat(report.email()).isEqualTo(email);
        assertThat(report.leadId()).isNotEmpty();
        Reply reply = reply(fixture);
        assertThat(reply.header("X-Campaign-Bounce")).isEqualTo(type.label() + " " + status);
        assertThat(reply.header("X-Campaign-Return-Date")).isEmpty();
    }

    @Test
    void theStandardReportGivesItsDiagnosticAndRecipients() throws Exception {
        Verdict.Bounce bounce = (Verdict.Bounce) MailClassifier.classify(parse("dsn-postfix"));
        BounceParser.Failure f = bounce.bounce().failures().get(0);

        assertThat(bounce.bounce().standard()).isTrue();
        assertThat(f.finalRecipient()).isEqualTo("lead7@example.test");
        assertThat(f.originalRecipient()).isEqualTo("lead7@example.test");
        assertThat(f.diagnostic()).contains("550 5.1.1").contains("User unknown").doesNotContain("\n");
        assertThat(bounce.bounce().originalMessageIds()).containsExactly("campaign-l7@seller.test");
    }

    @ParameterizedTest(name = "{0} is SKIP for the rule classifier")
    @CsvSource({"ooo-en", "ooo-de", "ooo-fr", "ooo-es", "ooo-nl", "ooo-sv", "dsn-postfix", "dsn-soft",
        "ndr-exchange", "bounce-gmail", "bounce-exim"})
    void automaticMailReachesTheClassifierAsSkip(String fixture) throws Exception {
        assertThat(RuleReplyClassifier.defaults().classify(reply(fixture)).category()).isEqualTo(ReplyCategory.SKIP);
    }

    @Test
    void aHumanReplyQuotingAnOutOfOfficeKeepsOnlyItsNewText() throws Exception {
        Reply reply = reply("human-quoting-ooo");

        assertThat(reply.body()).isEqualTo("Back now - yes, this sounds interesting. Could we book a call next week?");
        assertThat(reply.header("X-Campaign-Class")).isEqualTo("human");
        assertThat(RuleReplyClassifier.defaults().classify(reply).category()).isEqualTo(ReplyCategory.INTERESTED);
    }

    @Test
    void theNewTextPrefersPlainTextAndCutsTheSignatureAndQuote() throws Exception {
        assertThat(reply("human-rewritten-subject").body())
                .isEqualTo("What does it cost for a team of 40? Please send pricing.");
        assertThat(reply("human-sender-subject").body()).isEqualTo("Not right now, please check back next quarter.");
    }

    @Test
    void anUnsubscribeRequestIsMarked() throws Exception {
        Reply reply = reply("unsubscribe");

        assertThat(reply.header("X-Campaign-Unsubscribe")).isEqualTo("yes");
        assertThat(reply("human-quoting-ooo").header("X-Campaign-Unsubscribe")).isEmpty();
    }

    @Test
    void theReplyKeepsTheClassificationHeadersButNotOthers() throws Exception {
        Reply reply = reply("ooo-en");

        assertThat(reply.headers()).containsKeys("Auto-Submitted", "From", "Subject", "In-Reply-To", "Content-Type")
                .doesNotContainKey("X-Auto-Response-Suppress");
        assertThat(reply.leadId()).isEqualTo("L1");
        assertThat(reply.from()).isEqualTo("lead1@example.test");
        assertThat(reply.receivedAt()).isEqualTo(Instant.parse("2026-11-30T09:01:02Z"));
    }

    @Test
    void xAutoResponseSuppressAloneDoesNotMakeAnAutoReply() throws Exception {
        jakarta.mail.internet.MimeMessage m = Fixtures.load("human-sender-subject");
        m.setHeader("X-Auto-Response-Suppress", "All");

        assertThat(MailClassifier.classify(MailParser.parse(m, null)).label()).isEqualTo("human");
    }

    private Optional<Threader.Match> match(ParsedMail mail, Verdict verdict) {
        if (verdict instanceof Verdict.Bounce b) {
            return threader.bounce(b.bounce(), mail);
        }
        return threader.reply(mail, verdict instanceof Verdict.Human h && h.unsubscribe());
    }

    private Reply reply(String fixture) throws Exception {
        ParsedMail mail = parse(fixture);
        Verdict verdict = MailClassifier.classify(mail);
        return ReplyAssembler.reply(mail, verdict, match(mail, verdict).orElseThrow());
    }

    private static ParsedMail parse(String fixture) throws Exception {
        return MailParser.parse(Fixtures.load(fixture), null);
    }
}
