package dev.campaigncrm.internal.pipeline;

import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.outcome.Stage;
import dev.campaigncrm.outcome.StageFailure;
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
import dev.campaigncrm.reply.Reply;
import dev.campaigncrm.reply.ReplyCategory;
import dev.campaigncrm.reply.ReplyClassification;
import dev.campaigncrm.send.SendResult;
import dev.campaigncrm.send.SendStatus;
import dev.campaigncrm.sequence.LeadProgress;
import dev.campaigncrm.sequence.SequenceMessage;
import dev.campaigncrm.sequence.SequenceState;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link LeadOutcome} as compact binary and reads it back equal to what was written: every component, nulls
 * included. Text is length-prefixed UTF-8 (no length limit); enums are written by name, so a file outlives a change
 * of their order. Used only for a run's own temporary files, never for data from outside.
 */
final class OutcomeCodec {

    private static final int NULL = -1;

    private OutcomeCodec() {
    }

    static void write(DataOutput out, LeadOutcome o) throws IOException {
        out.writeInt(o.index());
        boolean sameLead = o.analysis() != null && o.analysis().lead().equals(o.lead());
        out.writeBoolean(sameLead);
        if (!sameLead) {
            writeLead(out, o.lead());
        }
        if (present(out, o.analysis())) {
            writeAnalysis(out, o.analysis());
        }
        writeDraftOrNull(out, o.draft());
        writeSendOrNull(out, o.send());
        if (present(out, o.reply())) {
            writeReply(out, o.reply());
        }
        if (present(out, o.classification())) {
            ReplyClassification c = o.classification();
            writeEnum(out, c.category());
            out.writeDouble(c.confidence());
            writeText(out, c.rationale());
            writeProvenance(out, c.provenance());
            writeText(out, c.referral());
        }
        if (present(out, o.failure())) {
            writeEnum(out, o.failure().stage());
            writeText(out, o.failure().reason());
        }
        out.writeInt(o.messages().size());
        for (SequenceMessage m : o.messages()) {
            writeDraftOrNull(out, m.draft());
            writeSendOrNull(out, m.send());
            writeDate(out, m.day());
        }
        if (present(out, o.progress())) {
            writeProgress(out, o.progress());
        }
    }

    static LeadOutcome read(DataInput in) throws IOException {
        int index = in.readInt();
        boolean sameLead = in.readBoolean();
        Lead lead = sameLead ? null : readLead(in);
        LeadAnalysis analysis = in.readBoolean() ? readAnalysis(in) : null;
        if (sameLead) {
            lead = analysis.lead();
        }
        EmailDraft draft = readDraftOrNull(in);
        SendResult send = readSendOrNull(in);
        Reply reply = in.readBoolean() ? readReply(in) : null;
        ReplyClassification classification = in.readBoolean()
                ? new ReplyClassification(readEnum(in, ReplyCategory.class), in.readDouble(), readText(in),
                        readProvenance(in), readText(in))
                : null;
        StageFailure failure = in.readBoolean() ? new StageFailure(readEnum(in, Stage.class), readText(in)) : null;
        int n = in.readInt();
        List<SequenceMessage> messages = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            messages.add(new SequenceMessage(readDraftOrNull(in), readSendOrNull(in), readDate(in)));
        }
        LeadProgress progress = in.readBoolean() ? readProgress(in) : null;
        return new LeadOutcome(index, lead, analysis, draft, send, reply, classification, failure, messages,
                progress);
    }

    private static void writeLead(DataOutput out, Lead l) throws IOException {
        for (LeadField f : LeadField.values()) {
            writeText(out, l.get(f));
        }
        out.writeInt(l.employees() == null ? Integer.MIN_VALUE : l.employees());
        writeDate(out, l.lastContactDate());
        writeMap(out, l.extra());
        writeText(out, l.source().source());
        out.writeLong(l.source().line());
        writeList(out, l.warnings());
    }

    private static Lead readLead(DataInput in) throws IOException {
        String[] t = new String[LeadField.values().length];
        for (int i = 0; i < t.length; i++) {
            t[i] = readText(in);
        }
        int employees = in.readInt();
        LocalDate lastContactDate = readDate(in);
        Map<String, String> extra = readMap(in);
        SourceRef source = new SourceRef(readText(in), in.readLong());
        List<String> warnings = readList(in);
        return new Lead(t[LeadField.ID.ordinal()], t[LeadField.NAME.ordinal()], t[LeadField.EMAIL.ordinal()],
                t[LeadField.COMPANY.ordinal()], t[LeadField.INDUSTRY.ordinal()], t[LeadField.JOB_TITLE.ordinal()],
                t[LeadField.COMPANY_SIZE.ordinal()], employees == Integer.MIN_VALUE ? null : employees,
                t[LeadField.LOCATION.ordinal()], t[LeadField.LAST_CONTACT.ordinal()], lastContactDate,
                t[LeadField.NOTES.ordinal()], extra, source, warnings);
    }

    private static void writeAnalysis(DataOutput out, LeadAnalysis a) throws IOException {
        writeLead(out, a.lead());
        out.writeInt(a.enrichments().size());
        for (EnrichedField e : a.enrichments()) {
            writeEnum(out, e.field());
            writeText(out, e.value());
            writeText(out, e.source());
            out.writeDouble(e.confidence());
        }
        ScoreBreakdown s = a.score();
        if (present(out, s)) {
            out.writeInt(s.engagement());
            out.writeInt(s.recency());
            out.writeInt(s.seniority());
            out.writeInt(s.companySize());
            writeList(out, s.reasons());
        }
        writeEnum(out, a.persona());
        writeText(out, a.personaReason());
        writeProvenance(out, a.provenance());
    }

    private static LeadAnalysis readAnalysis(DataInput in) throws IOException {
        Lead lead = readLead(in);
        int n = in.readInt();
        List<EnrichedField> enrichments = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            enrichments.add(new EnrichedField(readEnum(in, LeadField.class), readText(in), readText(in),
                    in.readDouble()));
        }
        ScoreBreakdown score = in.readBoolean()
                ? new ScoreBreakdown(in.readInt(), in.readInt(), in.readInt(), in.readInt(), readList(in))
                : null;
        return new LeadAnalysis(lead, enrichments, score, readEnum(in, Persona.class), readText(in),
                readProvenance(in));
    }

    private static void writeDraftOrNull(DataOutput out, EmailDraft d) throws IOException {
        if (!present(out, d)) {
            return;
        }
        writeText(out, d.leadId());
        writeText(out, d.to());
        writeText(out, d.recipientName());
        writeText(out, d.subject());
        writeText(out, d.body());
        writeEnum(out, d.tone());
        writeEnum(out, d.urgency());
        writeText(out, d.personalizationNotes());
        writeProvenance(out, d.provenance());
        out.writeInt(d.step().number());
        out.writeInt(d.step().attempt());
        writeList(out, d.step().thread());
        writeText(out, d.variant());
    }

    private static EmailDraft readDraftOrNull(DataInput in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        return new EmailDraft(readText(in), readText(in), readText(in), readText(in), readText(in),
                readEnum(in, Tone.class), readEnum(in, Urgency.class), readText(in), readProvenance(in),
                new EmailStep(in.readInt(), in.readInt(), readList(in)), readText(in));
    }

    private static void writeSendOrNull(DataOutput out, SendResult s) throws IOException {
        if (!present(out, s)) {
            return;
        }
        writeText(out, s.leadId());
        writeText(out, s.email());
        writeEnum(out, s.status());
        writeInstant(out, s.at());
        writeText(out, s.messageId());
        writeText(out, s.error());
    }

    private static SendResult readSendOrNull(DataInput in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        return new SendResult(readText(in), readText(in), readEnum(in, SendStatus.class), readInstant(in),
                readText(in), readText(in));
    }

    private static void writeReply(DataOutput out, Reply r) throws IOException {
        writeText(out, r.leadId());
        writeText(out, r.from());
        writeText(out, r.subject());
        writeText(out, r.body());
        writeMap(out, r.headers());
        writeInstant(out, r.receivedAt());
        writeText(out, r.source());
    }

    private static Reply readReply(DataInput in) throws IOException {
        return new Reply(readText(in), readText(in), readText(in), readText(in), readMap(in), readInstant(in),
                readText(in));
    }

    private static void writeProgress(DataOutput out, LeadProgress p) throws IOException {
        writeText(out, p.leadId());
        writeEnum(out, p.state());
        out.writeInt(p.stepsSent());
        out.writeInt(p.nextStep());
        out.writeInt(p.nextAttempt());
        writeDate(out, p.nextStepOn());
        writeDate(out, p.pausedUntil());
        writeDate(out, p.followUpOn());
        out.writeInt(p.repliedTo());
        writeText(out, p.reason());
    }

    private static LeadProgress readProgress(DataInput in) throws IOException {
        return new LeadProgress(readText(in), readEnum(in, SequenceState.class), in.readInt(), in.readInt(),
                in.readInt(), readDate(in), readDate(in), readDate(in), in.readInt(), readText(in));
    }

    private static void writeProvenance(DataOutput out, Provenance p) throws IOException {
        if (present(out, p)) {
            writeText(out, p.source());
            writeText(out, p.fallbackReason());
        }
    }

    private static Provenance readProvenance(DataInput in) throws IOException {
        return in.readBoolean() ? new Provenance(readText(in), readText(in)) : null;
    }

    private static boolean present(DataOutput out, Object value) throws IOException {
        out.writeBoolean(value != null);
        return value != null;
    }

    private static void writeText(DataOutput out, String s) throws IOException {
        if (s == null) {
            out.writeInt(NULL);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readText(DataInput in) throws IOException {
        int n = in.readInt();
        if (n == NULL) {
            return null;
        }
        byte[] bytes = new byte[n];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void writeEnum(DataOutput out, Enum<?> e) throws IOException {
        writeText(out, e == null ? null : e.name());
    }

    private static <E extends Enum<E>> E readEnum(DataInput in, Class<E> type) throws IOException {
        String name = readText(in);
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static void writeDate(DataOutput out, LocalDate d) throws IOException {
        out.writeLong(d == null ? Long.MIN_VALUE : d.toEpochDay());
    }

    private static LocalDate readDate(DataInput in) throws IOException {
        long day = in.readLong();
        return day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
    }

    private static void writeInstant(DataOutput out, Instant t) throws IOException {
        if (present(out, t)) {
            out.writeLong(t.getEpochSecond());
            out.writeInt(t.getNano());
        }
    }

    private static Instant readInstant(DataInput in) throws IOException {
        return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    }

    private static void writeList(DataOutput out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            writeText(out, s);
        }
    }

    private static List<String> readList(DataInput in) throws IOException {
        int n = in.readInt();
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(readText(in));
        }
        return list;
    }

    private static void writeMap(DataOutput out, Map<String, String> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, String> e : map.entrySet()) {
            writeText(out, e.getKey());
            writeText(out, e.getValue());
        }
    }

    private static Map<String, String> readMap(DataInput in) throws IOException {
        int n = in.readInt();
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            map.put(readText(in), readText(in));
        }
        return map;
    }
}
