package dev.campaigncrm.csv.internal;

import dev.campaigncrm.analysis.EnrichedField;
import dev.campaigncrm.analysis.LeadAnalysis;
import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.compose.EmailStep;
import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.lead.LeadField;
import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.reply.Reply;
import dev.campaigncrm.reply.ReplyClassification;
import dev.campaigncrm.send.SendResult;
import dev.campaigncrm.sequence.LeadProgress;
import dev.campaigncrm.sequence.SequenceMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The columns of every artifact file, in the order they are written. */
public final class ArtifactColumns {

    /** The separator of list cells such as {@code score_reasons} and {@code warnings}. */
    public static final String LIST_SEPARATOR = " | ";
    /** The separator of the {@code enriched_fields} cell. */
    public static final String ENRICHMENT_SEPARATOR = "; ";
    /** The header of {@code rejected_leads.csv}. */
    public static final List<String> REJECTED = List.of("source", "line", "field", "reason", "raw");

    private ArtifactColumns() {
    }

    /** The lead as written: the enriched lead when the analysis ran, the lead as read otherwise. */
    public static Lead lead(LeadOutcome o) {
        return o.analysis() != null ? o.analysis().lead() : o.lead();
    }

    /** The extra column names of the leads, union in first-seen order. */
    public static List<String> extras(Collection<LeadOutcome> outcomes) {
        Set<String> names = new LinkedHashSet<>();
        outcomes.forEach(o -> names.addAll(lead(o).extra().keySet()));
        return List.copyOf(names);
    }

    /** {@code analyzed_leads.csv}: the seed columns, the extras, then the analysis. */
    public static List<Column> analyzed(List<String> extras) {
        List<Column> cols = new ArrayList<>();
        for (LeadField f : LeadField.values()) {
            cols.add(new Column(f.column(), o -> lead(o).get(f)));
        }
        for (String extra : extras) {
            cols.add(new Column(extra, o -> lead(o).extra().getOrDefault(extra, "")));
        }
        cols.add(analysis("priority_score", a -> String.valueOf(a.priorityScore())));
        cols.add(analysis("persona", a -> a.persona().label()));
        cols.add(analysis("score_engagement", a -> String.valueOf(a.score().engagement())));
        cols.add(analysis("score_recency", a -> String.valueOf(a.score().recency())));
        cols.add(analysis("score_seniority", a -> String.valueOf(a.score().seniority())));
        cols.add(analysis("score_company_size", a -> String.valueOf(a.score().companySize())));
        cols.add(analysis("enriched_fields", a -> a.enrichments().stream().filter(EnrichedField::known)
                .map(EnrichedField::describe).collect(Collectors.joining(ENRICHMENT_SEPARATOR))));
        cols.add(analysis("persona_reason", LeadAnalysis::personaReason));
        cols.add(analysis("score_reasons", a -> String.join(LIST_SEPARATOR, a.score().reasons())));
        cols.add(new Column("warnings", o -> String.join(LIST_SEPARATOR, lead(o).warnings())));
        cols.add(analysis("ai_source", a -> a.provenance().source()));
        cols.add(analysis("ai_fallback_reason", a -> a.provenance().fallbackReason()));
        return List.copyOf(cols);
    }

    /**
     * The rows a lead gives in the per-message files: one per message of its sequence, by step then attempt, each
     * the outcome with that message's draft and send; the outcome itself when it has no sequence messages.
     */
    public static List<LeadOutcome> perMessage(LeadOutcome o) {
        if (o.messages().isEmpty()) {
            return List.of(o);
        }
        return o.messages().stream()
                .sorted(Comparator.comparingInt(SequenceMessage::step).thenComparingInt(SequenceMessage::attempt))
                .map(m -> o.withDraft(m.draft()).withSend(m.send()))
                .toList();
    }

    /** {@code emails_generated.csv}: one row per message. */
    public static List<Column> emails() {
        return List.of(id(), email(), step(), attempt(), variant(),
                draft("subject", EmailDraft::subject),
                draft("body", EmailDraft::body),
                draft("tone", d -> d.tone().label()),
                draft("urgency", d -> d.urgency().label()),
                draft("personalization_notes", EmailDraft::personalizationNotes),
                draft("ai_source", d -> d.provenance().source()),
                draft("ai_fallback_reason", d -> d.provenance().fallbackReason()));
    }

    /** {@code emails_sent_status.csv}: one row per message. */
    public static List<Column> sendStatus() {
        List<Column> cols = new ArrayList<>(List.of(id(), email(), step(), attempt(), variant()));
        cols.addAll(sendColumns());
        return List.copyOf(cols);
    }

    /** {@code emails_with_replies.csv}: one row per lead, reply columns empty when no reply came. */
    public static List<Column> replies() {
        List<Column> cols = new ArrayList<>(List.of(id(), email(), draft("subject", EmailDraft::subject),
                send("status", s -> s.status().label()),
                send("sent_at", s -> instant(s.at())),
                send("message_id", SendResult::messageId)));
        cols.addAll(replyColumns());
        cols.add(progress("replied_to_step", p -> p.repliedTo() == 0 ? "" : String.valueOf(p.repliedTo())));
        return List.copyOf(cols);
    }

    /** {@code final.csv}: the analysed lead, the email, the send, the reply and its class, and any failure. */
    public static List<Column> finalColumns(List<String> extras) {
        List<Column> cols = new ArrayList<>(analyzed(extras));
        cols.add(draft("subject", EmailDraft::subject));
        cols.add(draft("body", EmailDraft::body));
        cols.add(draft("tone", d -> d.tone().label()));
        cols.add(draft("urgency", d -> d.urgency().label()));
        cols.add(variant());
        cols.addAll(sendColumns());
        cols.addAll(replyColumns());
        cols.add(classification("response_category", c -> c.category().label()));
        cols.add(classification("response_confidence", c -> String.format(Locale.ROOT, "%.2f", c.confidence())));
        cols.add(classification("response_rationale", ReplyClassification::rationale));
        cols.add(classification("referral", ReplyClassification::referral));
        cols.add(classification("response_ai_source", c -> c.provenance().source()));
        cols.add(classification("response_ai_fallback_reason", c -> c.provenance().fallbackReason()));
        cols.add(new Column("failed_stage", o -> o.failure() == null ? "" : o.failure().stage().label()));
        cols.add(new Column("failure_reason", o -> o.failure() == null ? "" : o.failure().reason()));
        cols.add(progress("sequence_state", p -> p.state().label()));
        cols.add(progress("steps_sent", p -> String.valueOf(p.stepsSent())));
        cols.add(progress("next_step_on", p -> date(p.nextStepOn())));
        cols.add(progress("paused_until", p -> date(p.pausedUntil())));
        cols.add(progress("follow_up_on", p -> date(p.followUpOn())));
        return List.copyOf(cols);
    }

    /** The header names of a list of columns. */
    public static List<String> header(List<Column> columns) {
        return columns.stream().map(Column::name).toList();
    }

    /** The cells of one outcome's row. */
    public static List<String> row(List<Column> columns, LeadOutcome o) {
        return columns.stream().map(c -> nonNull(c.value().apply(o))).toList();
    }

    /** The cells of a rejected row. */
    public static List<String> rejectedRow(dev.campaigncrm.lead.RejectedRow r) {
        return List.of(r.source().source(), String.valueOf(r.source().line()), r.field(), r.reason(), r.raw());
    }

    private static List<Column> sendColumns() {
        return List.of(send("status", s -> s.status().label()),
                send("sent_at", s -> instant(s.at())),
                send("message_id", SendResult::messageId),
                send("error", SendResult::error));
    }

    private static List<Column> replyColumns() {
        return List.of(reply("reply_subject", Reply::subject),
                reply("reply", Reply::body),
                reply("reply_source", Reply::source),
                reply("replied_at", r -> instant(r.receivedAt())));
    }

    private static Column id() {
        return new Column("id", o -> lead(o).id());
    }

    private static Column email() {
        return new Column("email", o -> lead(o).email());
    }

    private static Column step() {
        return new Column("step", o -> String.valueOf(stepOf(o).number()));
    }

    /** The A/B variant of the message ({@code A}, {@code B}, ...), empty when the campaign tests none. */
    private static Column variant() {
        return draft("variant", EmailDraft::variant);
    }

    private static Column attempt() {
        return new Column("attempt", o -> String.valueOf(stepOf(o).attempt()));
    }

    /** The draft's place in the sequence; a lead without a draft (its send skipped) stands at the first email. */
    private static EmailStep stepOf(LeadOutcome o) {
        return o.draft() == null ? EmailStep.FIRST : o.draft().step();
    }

    private static Column progress(String name, Function<LeadProgress, String> f) {
        return new Column(name, o -> o.progress() == null ? "" : f.apply(o.progress()));
    }

    private static Column analysis(String name, Function<LeadAnalysis, String> f) {
        return new Column(name, o -> o.analysis() == null ? "" : f.apply(o.analysis()));
    }

    private static Column draft(String name, Function<EmailDraft, String> f) {
        return new Column(name, o -> o.draft() == null ? "" : f.apply(o.draft()));
    }

    private static Column send(String name, Function<SendResult, String> f) {
        return new Column(name, o -> o.send() == null ? "" : f.apply(o.send()));
    }

    private static Column reply(String name, Function<Reply, String> f) {
        return new Column(name, o -> o.reply() == null ? "" : f.apply(o.reply()));
    }

    private static Column classification(String name, Function<ReplyClassification, String> f) {
        return new Column(name, o -> o.classification() == null ? "" : f.apply(o.classification()));
    }

    private static String instant(Instant at) {
        return at == null ? "" : at.toString();
    }

    private static String date(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
