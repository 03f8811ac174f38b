package dev.campaigncrm.report;

import dev.campaigncrm.analysis.EnrichedField;
import dev.campaigncrm.analysis.LeadAnalysis;
import dev.campaigncrm.analysis.Persona;
import dev.campaigncrm.analysis.ScoreBreakdown;
import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.compose.Tone;
import dev.campaigncrm.compose.Urgency;
import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.lead.LeadField;
import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.outcome.RunInfo;
import dev.campaigncrm.outcome.Stage;
import dev.campaigncrm.outcome.StageFailure;
import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.reply.Reply;
import dev.campaigncrm.reply.ReplyCategory;
import dev.campaigncrm.reply.ReplyClassification;
import dev.campaigncrm.send.SendResult;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds one {@link LeadOutcome} by hand, stage by stage, for the report tests. */
final class OutcomeBuilder {

    static final Instant AT = Instant.parse("2026-11-24T10:00:00Z");
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    static final RunInfo REAL_RUN = new RunInfo("spring-push", AS_OF, "dataset/leads.csv", "smtp://localhost:1025",
            "imap", Duration.ofSeconds(3));
    static final RunInfo SIMULATED_RUN = new RunInfo("spring-push", AS_OF, "dataset/leads.csv",
            "smtp://localhost:1025", "simulated (seed 42)", Duration.ofSeconds(3));

    private final int index;
    private String industry = "Software";
    private String size = "250";
    private String location = "Austin, TX";
    private Integer score;
    private Persona persona = Persona.GENERAL_BUSINESS_CONTACT;
    private Provenance analysisBy = Provenance.of("rules");
    private Provenance draftBy = Provenance.of("template");
    private Provenance classifiedBy = Provenance.of("rules");
    private int enriched;
    private String send = "none";
    private String sendError = "";
    private ReplyCategory reply;
    private String replySource = "imap";
    private boolean unclassified;
    private StageFailure failure;

    private OutcomeBuilder(int index) {
        this.index = index;
    }

    /** The lead at this position, analysed with a score of 50 and sent, without a reply. */
    static OutcomeBuilder lead(int index) {
        return new OutcomeBuilder(index).score(50).sent();
    }

    OutcomeBuilder industry(String v) { industry = v; return this; }

    OutcomeBuilder size(String v) { size = v; return this; }

    OutcomeBuilder location(String v) { location = v; return this; }

    OutcomeBuilder score(int v) { score = v; return this; }

    OutcomeBuilder persona(Persona v) { persona = v; return this; }

    OutcomeBuilder analysedBy(Provenance v) { analysisBy = v; return this; }

    OutcomeBuilder draftedBy(Provenance v) { draftBy = v; return this; }

    OutcomeBuilder classifiedBy(Provenance v) { classifiedBy = v; return this; }

    OutcomeBuilder enriched(int fields) { enriched = fields; return this; }

    /** Analysis failed: no analysis, draft or send. */
    OutcomeBuilder analysisFailed() {
        score = null;
        send = "none";
        failure = new StageFailure(Stage.ANALYZE, "analyser crashed");
        return this;
    }

    OutcomeBuilder sent() { send = "sent"; return this; }

    OutcomeBuilder failed(String error) {
        send = "failed";
        sendError = error;
        failure = new StageFailure(Stage.SEND, error);
        return this;
    }

    OutcomeBuilder skipped() { send = "skipped"; sendError = "earlier stage failed"; return this; }

    OutcomeBuilder uncertain() { send = "uncertain"; sendError = "connection lost after the data"; return this; }

    OutcomeBuilder reply(ReplyCategory c) { reply = c; return this; }

    OutcomeBuilder simulatedReply(ReplyCategory c) { reply = c; replySource = Reply.SIMULATED; return this; }

    OutcomeBuilder unclassifiedReply() { reply = ReplyCategory.UNCLEAR; unclassified = true; return this; }

    LeadOutcome build() {
        String id = "L" + index;
        Lead lead = Lead.builder().id(id).name("Person " + index).email("p" + index + "@example.test")
                .company("Company " + index).industry(industry).jobTitle("CEO").companySize(size)
                .location(location).build();
        LeadOutcome o = LeadOutcome.of(index, lead);
        if (score != null) {
            List<EnrichedField> fields = new ArrayList<>();
            for (int i = 0; i < enriched; i++) {
                fields.add(new EnrichedField(LeadField.NOTES, "inferred " + i, "rule", 0.5));
            }
            fields.add(new EnrichedField(LeadField.JOB_TITLE, EnrichedField.UNKNOWN, "nothing to go on", 0));
            o = o.withAnalysis(new LeadAnalysis(lead, fields, breakdown(score), persona, "test", analysisBy));
            o = o.withDraft(new EmailDraft(id, lead.email(), lead.name(), "Hello", "Body", Tone.PROFESSIONAL,
                    Urgency.forScore(score), "none", draftBy));
        }
        o = switch (send) {
            case "sent" -> o.withSend(SendResult.sent(id, lead.email(), AT, "<" + id + "@test>"));
            case "failed" -> o.withSend(SendResult.failed(id, lead.email(), AT, sendError));
            case "skipped" -> o.withSend(SendResult.skipped(id, lead.email(), AT, sendError));
            case "uncertain" -> o.withSend(SendResult.uncertain(id, lead.email(), AT, "<" + id + "@test>", sendError));
            default -> o;
        };
        if (reply != null) {
            Reply r = new Reply(id, lead.email(), "Re: Hello", "text", Map.of(), AT, replySource);
            o = o.withReply(r, unclassified ? null : new ReplyClassification(reply, 0.9, "test", classifiedBy));
        } else if (send.equals("sent")) {
            o = o.withReply(null, ReplyClassification.noReply());
        }
        return failure == null ? o : o.withFailure(failure);
    }

    /** A breakdown whose parts add up to {@code total}. */
    static ScoreBreakdown breakdown(int total) {
        int engagement = Math.min(30, total);
        int recency = Math.min(25, total - engagement);
        int seniority = Math.min(25, total - engagement - recency);
        int size = total - engagement - recency - seniority;
        return new ScoreBreakdown(engagement, recency, seniority, size, List.of("test"));
    }
}
