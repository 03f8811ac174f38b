package dev.campaigncrm.mail.internal.imap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.analysis.LeadAnalysis;
import dev.campaigncrm.analysis.Persona;
import dev.campaigncrm.analysis.ScoreBreakdown;
import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.compose.EmailStep;
import dev.campaigncrm.compose.Tone;
import dev.campaigncrm.compose.Urgency;
import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.reply.Outreach;
import dev.campaigncrm.send.SendResult;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Threading replies to leads mailed a sequence: one Outreach per message sent, several per lead. */
class ThreaderTest {

    private static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");
    private static final String SUBJECT = "Faster onboarding for Acme";

    /** Lead {@code lead} got three messages (step 1, 2, 3), threaded; a second lead got one. */
    private final List<Outreach> sent = sequence();

    private static List<Outreach> sequence() {
        List<Outreach> out = new ArrayList<>();
        List<String> thread = new ArrayList<>();
        for (int step = 1; step <= 3; step++) {
            EmailStep s = step == 1 ? EmailStep.FIRST : EmailStep.followUp(step, thread);
            String id = "<q4.l1-s" + step + "@seller.test>";
            out.add(outreach("L1", "lead1@example.test", s, step == 1 ? SUBJECT : "Re: " + SUBJECT, id,
                    T0.plus(Duration.ofDays(3L * (step - 1)))));
            thread.add(id);
        }
        out.add(outreach("L2", "lead2@example.test", EmailStep.FIRST, "Another subject", "<q4.l2@seller.test>", T0));
        return out;
    }

    private static Outreach outreach(String leadId, String email, EmailStep step, String subject, String id,
                                     Instant at) {
        Lead lead = Lead.builder().id(leadId).name("Lead " + leadId).email(email).company("Acme")
                .jobTitle("CEO").build();
        LeadAnalysis analysis = new LeadAnalysis(lead, List.of(), new ScoreBreakdown(20, 15, 10, 5, List.of()),
                Persona.GENERAL_BUSINESS_CONTACT, "test", Provenance.of("rules"));
        EmailDraft draft = new EmailDraft(leadId, email, lead.name(), subject, "Hello", Tone.PROFESSIONAL,
                Urgency.WARM, "", Provenance.of("template"), step);
        return new Outreach(0, analysis, draft, SendResult.sent(leadId, email, at, id));
    }

    private static ParsedMail mail(String from, String subject, Map<String, String> headers) {
        return new ParsedMail("<reply@example.test>", from, subject, T0, headers, "ok", "ok", List.of(), List.of(), false);
    }

    private Optional<Threader.Match> reply(String from, String subject, Map<String, String> headers) {
        return new Threader(sent).reply(mail(from, subject, headers), false);
    }

    @Test
    void aRejectOrReadReceiptNamingTheCampaignEmailOnlyInItsReportIsAttributedToItsLead() throws Exception {
        String mdn = String.join("\r\n",
                "From: Postmaster <postmaster@example.test>",
                "To: seller@seller.test",
                "Subject: Rejected: " + SUBJECT,
                "Message-ID: <mdn-1@example.test>",
                "MIME-Version: 1.0",
                "Content-Type: multipart/report; report-type=disposition-notification; boundary=\"b\"",
                "",
                "--b",
                "Content-Type: text/plain; charset=utf-8",
                "",
                "Your message was automatically rejected by Sieve.",
                "--b",
                "Content-Type: message/disposition-notification",
                "",
                "Reporting-UA: vm; Dovecot Mail Delivery Agent",
                "Final-Recipient: rfc822; lead2@example.test",
                "Original-Message-ID: <q4.l2@seller.test>",
                "Disposition: automatic-action/MDN-sent-automatically; deleted",
                "--b--",
                "");
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(mdn.getBytes(StandardCharsets.UTF_8)));

        ParsedMail parsed = MailParser.parse(m, T0);
        Optional<Threader.Match> match = new Threader(sent).reply(parsed, false);

        assertThat(parsed.returnedMessageIds()).contains("q4.l2@seller.test");
        assertThat(match).get().extracting(Threader.Match::how).isEqualTo("returned-message-id");
        assertThat(Threader.leadId(match.get().outreach())).isEqualTo("L2");
    }

    @Test
    void aReplyToAnyStepIsAttributedToTheLeadAndThatStep() {
        for (int step = 1; step <= 3; step++) {
            Optional<Threader.Match> m = reply("someone-else@example.test", "Re: " + SUBJECT,
                    Map.of("In-Reply-To", "<q4.l1-s" + step + "@seller.test>"));

            assertThat(m).get().extracting(Threader.Match::how).isEqualTo("in-reply-to");
            assertThat(Threader.leadId(m.get().outreach())).isEqualTo("L1");
            assertThat(m.get().outreach().draft().step().number()).isEqualTo(step);
        }
    }

    @Test
    void aReplyCarryingOnlyTheReferencesOfTheThreadIsAttributedToTheLatestStepReferenced() {
        Optional<Threader.Match> m = reply("someone-else@example.test", "Re: " + SUBJECT, Map.of("References",
                "<q4.l1-s1@seller.test> <q4.l1-s2@seller.test> <q4.l1-s3@seller.test>",
                "In-Reply-To", "<unknown@elsewhere.test>"));

        assertThat(m).get().extracting(Threader.Match::how).isEqualTo("references");
        assertThat(Threader.leadId(m.get().outreach())).isEqualTo("L1");
        assertThat(m.get().outreach().draft().step().number()).isEqualTo(3);
    }

    @Test
    void senderAndSubjectGiveOneLeadThoughItHadThreeMessages() {
        for (String subject : List.of("Re: " + SUBJECT, "Re: Re: " + SUBJECT, "AW: Re: " + SUBJECT,
                "RE: re: " + SUBJECT.toUpperCase())) {
            Optional<Threader.Match> m = reply("Lead1@Example.test", subject, Map.of());

            assertThat(m).as(subject).get().extracting(Threader.Match::how).isEqualTo("sender-subject");
            assertThat(Threader.leadId(m.get().outreach())).isEqualTo("L1");
            assertThat(m.get().outreach().draft().step().number()).isEqualTo(3);
        }
    }

    @Test
    void anAddressSharedByTwoLeadsStillGivesNoLead() {
        List<Outreach> shared = new ArrayList<>(sent);
        shared.add(outreach("L9", "lead1@example.test", EmailStep.FIRST, SUBJECT, "<q4.l9@seller.test>", T0));

        Optional<Threader.Match> m = new Threader(shared).reply(mail("lead1@example.test", "Re: " + SUBJECT,
                Map.of()), false);

        assertThat(m).isEmpty();
    }
}
