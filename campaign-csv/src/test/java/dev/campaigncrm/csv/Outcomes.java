package dev.campaigncrm.csv;

import dev.campaigncrm.analysis.EnrichedField;
import dev.campaigncrm.analysis.LeadAnalysis;
import dev.campaigncrm.analysis.Persona;
import dev.campaigncrm.analysis.ScoreBreakdown;
import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.compose.EmailStep;
import dev.campaigncrm.compose.Tone;
import dev.campaigncrm.compose.Urgency;
import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.lead.LeadField;
import dev.campaigncrm.lead.SourceRef;
import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.outcome.Stage;
import dev.campaigncrm.outcome.StageFailure;
import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.reply.Reply;
import dev.campaigncrm.reply.ReplyCategory;
import dev.campaigncrm.reply.ReplyClassification;
import dev.campaigncrm.send.SendResult;
import dev.campaigncrm.sequence.LeadProgress;
import dev.campaigncrm.sequence.SequenceMessage;
import dev.campaigncrm.sequence.SequenceState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Outcomes built by hand for the artifact tests. */
final class Outcomes {

    static final Instant AT = Instant.parse("2026-11-24T10:15:30Z");

    private Outcomes() {
    }

    static Lead lead(int i) {
        return Lead.builder().id("A" + i).name("Person " + i).email("p" + i + "@example.test")
                .company(i == 1 ? "=cmd|' /C calc'!A0" : "Company " + i)
                .industry(i == 2 ? "" : "Software").jobTitle("VP of Sales").companySize("50-100")
                .location("Austin, TX").lastContact(i == 3 ? "not a date" : "2026-11-20")
                .notes(i == 1 ? "=HYPERLINK(\"http://evil.test\",\"click\")" : "Requested a demo;\nbudget, \"approved\"")
                .extra("Lead Source", i == 1 ? "@webinar" : "Webinar").extra("Delta", "-5")
                .source(new SourceRef("leads.csv", i + 1)).build();
    }

    static LeadAnalysis analysis(int i) {
        Lead lead = lead(i);
        List<EnrichedField> enrichments = List.of();
        if (i == 2) {
            lead = lead.fill(LeadField.INDUSTRY, "Healthcare");
            enrichments = List.of(new EnrichedField(LeadField.INDUSTRY, "Healthcare", "company name 'Company 2'", 0.8),
                    new EnrichedField(LeadField.NOTES, EnrichedField.UNKNOWN, "no evidence", 0.0));
        }
        return new LeadAnalysis(lead, enrichments,
                new ScoreBreakdown(25, 15, 20, 10, List.of("engagement 25: 'requested a demo'", "recency 15",
                        "seniority 20: VP", "size 10: 75 employees")),
                Persona.MID_MARKET_OPERATIONS_LEADER, "VP at a 75-person company", Provenance.of("rules"));
    }

    static EmailDraft draft(int i) {
        return new EmailDraft("A" + i, "p" + i + "@example.test", "Person " + i, "-Subject " + i,
                "Hello Person " + i + ",\n\n=Body line, with \"quotes\"", Tone.PROFESSIONAL, Urgency.WARM,
                "industry: software", i == 3 ? Provenance.fallback("template", "gemini: HTTP 429") : Provenance.of("template"));
    }

    static SendResult send(int i) {
        return SendResult.sent("A" + i, "p" + i + "@example.test", AT.plusSeconds(i), "<m" + i + "@seller.test>");
    }

    /** A lead that went through all of phase one. */
    static LeadOutcome phaseOne(int i) {
        return LeadOutcome.of(i, lead(i)).withAnalysis(analysis(i)).withDraft(draft(i)).withSend(send(i));
    }

    /** A lead whose analysis failed and whose send was skipped. */
    static LeadOutcome failedAnalysis(int i) {
        LeadOutcome o = LeadOutcome.of(i, lead(i)).withFailure(new StageFailure(Stage.ANALYZE, "scorer exploded"));
        return o.withSend(SendResult.skipped("A" + i, "p" + i + "@example.test", AT, "analyze failed: scorer exploded"));
    }

    static LeadOutcome replied(int i) {
        Reply reply = new Reply("A" + i, "p" + i + "@example.test", "Re: -Subject " + i, "=Sounds good, call me",
                Map.of(), AT.plusSeconds(3600), Reply.SIMULATED);
        return phaseOne(i).withReply(reply, new ReplyClassification(ReplyCategory.INTERESTED, 0.875,
                "asks for a call", Provenance.of("rules")));
    }

    static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    /** Lead {@code i}'s message at a step and attempt, sent or failed, on a day after the first. */
    static SequenceMessage message(int i, int step, int attempt, boolean sent, int day) {
        EmailStep s = new EmailStep(step, attempt, step == 1 ? List.of() : List.of("<m" + i + "@seller.test>"));
        EmailDraft d = draft(i).withStep(s).withSubject(step == 1 ? "-Subject " + i : "Re: -Subject " + i);
        Instant at = AT.plusSeconds(86_400L * day + i);
        String id = "<m" + i + (step == 1 && attempt == 1 ? "" : "s" + step + "r" + attempt) + "@seller.test>";
        SendResult r = sent ? SendResult.sent("A" + i, d.to(), at, id)
                : SendResult.failed("A" + i, d.to(), at, "452 mailbox full");
        return new SequenceMessage(d, r, DAY.plusDays(day));
    }

    /**
     * Lead 0 answered its follow-up: step 1 and step 2 sent, replied to step 2. Its messages are given out of order.
     */
    static LeadOutcome repliedToFollowUp() {
        List<SequenceMessage> messages = List.of(message(0, 2, 1, true, 3), message(0, 1, 1, true, 0));
        return phaseOne(0).withSequence(messages, new LeadProgress("A0", SequenceState.REPLIED, 2, 0, 1, null, null,
                null, 2, "replied (interested) to step 2 on 2026-11-28"));
    }

    /** Lead 1's first email soft-bounced and went again; step 2 is due on 2026-11-27. */
    static LeadOutcome retriedFirstEmail() {
        List<SequenceMessage> messages = List.of(message(1, 1, 1, false, 0), message(1, 1, 2, true, 1));
        LeadOutcome o = LeadOutcome.of(1, lead(1)).withAnalysis(analysis(1)).withDraft(messages.get(0).draft())
                .withSend(messages.get(0).send());
        return o.withSequence(messages, new LeadProgress("A1", SequenceState.PAUSED, 1, 2, 1,
                LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 26), LocalDate.of(2027, 2, 1), 0, "out of office"));
    }
}
