package dev.campaigncrm.store;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Values for store tests, with the awkward text a store must keep exactly: unicode, newlines, tabs, backslashes. */
public final class StoreSamples {

    /** Text with everything an encoding can get wrong. */
    public static final String TRICKY = "Zoë «Ωmega» 🚀\tcol\nline2\r\nback\\slash \\n | ; = (x, 0.5) \\N";

    private StoreSamples() {
    }

    /** A lead as read, with extra columns in a non-alphabetical order and warnings. */
    public static Lead lead(int i) {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("zeta", "last? no, first " + i);
        extra.put("alpha", TRICKY);
        extra.put("empty", "");
        return new Lead("L" + i, "Ann Ørsted " + i, "ann" + i + "@example.test", "Acme (Health) " + i, "",
                "", "50-100", 75, "Zürich\tCH", "2026-11-03", LocalDate.of(2026, 11, 3), "notes\n" + TRICKY,
                extra, new SourceRef("leads.csv", 10L + i), List.of("a warning", TRICKY));
    }

    /** A stored lead with an analysis whose lead was enriched (industry, job title filled). */
    public static StoredLead analysed(int index, int i) {
        Lead asRead = lead(i);
        Lead enriched = asRead.toBuilder().industry("Healthcare").jobTitle("VP of Sales").build();
        LeadAnalysis analysis = new LeadAnalysis(enriched,
                List.of(new EnrichedField(LeadField.INDUSTRY, "Healthcare", "company name 'Acme (Health)'", 0.8),
                        new EnrichedField(LeadField.JOB_TITLE, "VP of Sales", "email; local part", 1.0 / 3),
                        new EnrichedField(LeadField.LOCATION, EnrichedField.UNKNOWN, "", 0.0)),
                new ScoreBreakdown(25, 20, 18, 10, List.of("engagement 25: 'requested a demo'", "", TRICKY)),
                Persona.MID_MARKET_OPERATIONS_LEADER, "ops title " + TRICKY,
                Provenance.fallback("rules", "gemini: HTTP 429\nafter 3 attempts"));
        return new StoredLead(index, asRead, analysis, "", "");
    }

    /** A stored lead whose analysis failed. */
    public static StoredLead failed(int index, int i) {
        return new StoredLead(index, lead(i), null, "analyze", "model said " + TRICKY);
    }

    /** A draft of step {@code step}, attempt {@code attempt}. */
    public static EmailDraft draft(String leadId, int step, int attempt) {
        EmailStep s = step == 1 && attempt == 1 ? EmailStep.FIRST
                : new EmailStep(step, attempt, List.of("<a@x.test>", "<b\t" + step + "@x.test>"));
        return new EmailDraft(leadId, leadId.toLowerCase() + "@example.test", "Ann Ørsted", "Re: " + TRICKY,
                "Hello,\n\n" + TRICKY + "\n", Tone.FRIENDLY_PROFESSIONAL, Urgency.WARM, "", Provenance.of("template"),
                s);
    }

    /** A message sent at a time with nanoseconds. */
    public static SequenceMessage message(String leadId, int step, int attempt) {
        EmailDraft d = draft(leadId, step, attempt);
        return new SequenceMessage(d, SendResult.sent(leadId, d.to(), Instant.parse("2026-11-20T09:15:30.123456789Z"),
                "<" + leadId + "." + step + "@x.test>"), LocalDate.of(2026, 11, 20));
    }

    /** A stored reply received at {@code at}. */
    public static StoredReply reply(String key, String leadId, Instant at) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Auto-Submitted", "no");
        headers.put("X-Tricky", TRICKY);
        Reply r = new Reply(leadId, "ann@example.test", "Re: hello", "Sounds good\n> quoted\t" + TRICKY, headers,
                at, "imap");
        return new StoredReply(key, leadId, 2, r,
                new ReplyClassification(ReplyCategory.INTERESTED, 0.875, "asks for a demo ('show us')",
                        Provenance.of("rules")));
    }

    /** A progress row using every field. */
    public static LeadProgress progress(String leadId, SequenceState state) {
        return new LeadProgress(leadId, state, 2, 3, 2, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 30),
                null, 2, "replied (interested) to step 2\t" + TRICKY);
    }
}
