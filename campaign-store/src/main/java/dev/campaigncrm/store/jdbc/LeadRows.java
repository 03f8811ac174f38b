package dev.campaigncrm.store.jdbc;

import dev.campaigncrm.analysis.EnrichedField;
import dev.campaigncrm.analysis.LeadAnalysis;
import dev.campaigncrm.analysis.Persona;
import dev.campaigncrm.analysis.ScoreBreakdown;
import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.lead.LeadField;
import dev.campaigncrm.lead.SourceRef;
import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.store.StoredLead;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A {@link StoredLead} as a row of {@code leads}: the lead as read in real columns, the analysis in real columns,
 * and the enriched lead as the fields where it differs from the lead as read ({@code enriched_lead}).
 */
final class LeadRows {

    /** The lead's columns, in order; the keys of {@link #fields(Lead)}. */
    private static final List<String> LEAD_COLUMNS = List.of("lead_id", "name", "email", "company", "industry",
            "job_title", "company_size", "employees", "location", "last_contact", "last_contact_date", "notes",
            "extra", "warnings", "source_file", "source_line");

    static final String INSERT = "INSERT INTO leads (campaign_id, idx, " + String.join(", ", LEAD_COLUMNS)
            + ", priority_score, persona, score_engagement, score_recency, score_seniority, score_company_size,"
            + " score_reasons, enriched_fields, enriched_fields_exact, enriched_lead, persona_reason, ai_source,"
            + " ai_fallback_reason, failed_stage, failure_reason) VALUES (?, ?, " + "?, ".repeat(LEAD_COLUMNS.size())
            + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (campaign_id, lead_id) DO NOTHING";

    private LeadRows() {
    }

    /** Inserts the lead unless the campaign holds its id. */
    static void insert(Connection c, String campaignId, StoredLead stored) throws SQLException {
        Map<String, String> fields = fields(stored.lead());
        List<Object> p = new ArrayList<>();
        p.add(campaignId);
        p.add(stored.index());
        for (String column : LEAD_COLUMNS) {
            String v = fields.get(column);
            switch (column) {
                case "employees" -> p.add(Sql.intOrNull(v == null ? null : Integer.valueOf(v)));
                case "source_line" -> p.add(Long.valueOf(v));
                default -> p.add(v);
            }
        }
        LeadAnalysis a = stored.analysis();
        if (a == null) {
            for (int i = 0; i < 6; i++) {
                p.add(Sql.NULL_INT);
            }
            for (int i = 0; i < 7; i++) {
                p.add(null);
            }
        } else {
            ScoreBreakdown s = a.score();
            Provenance pr = a.provenance();
            p.add(a.priorityScore());
            p.add(a.persona() == null ? null : a.persona().label());
            p.add(s.engagement());
            p.add(s.recency());
            p.add(s.seniority());
            p.add(s.companySize());
            p.add(TextCodec.list(s.reasons()));
            p.add(a.enrichments().stream().map(EnrichedField::describe).collect(Collectors.joining("; ")));
            p.add(enrichments(a.enrichments()));
            p.add(TextCodec.map(difference(fields, fields(a.lead()))));
            p.add(a.personaReason());
            p.add(pr == null ? null : pr.source());
            p.add(pr == null ? null : pr.fallbackReason());
        }
        p.add(stored.failedStage());
        p.add(stored.failureReason());
        Sql.update(c, INSERT, p.toArray());
    }

    /** The stored lead of the current row. */
    static StoredLead read(ResultSet rs) throws SQLException {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String column : LEAD_COLUMNS) {
            switch (column) {
                case "employees" -> {
                    Integer e = Sql.integer(rs, column);
                    fields.put(column, e == null ? null : e.toString());
                }
                case "source_line" -> fields.put(column, Long.toString(rs.getLong(column)));
                default -> fields.put(column, rs.getString(column));
            }
        }
        Lead asRead = lead(fields);
        LeadAnalysis analysis = null;
        if (Sql.integer(rs, "score_engagement") != null) {
            Map<String, String> enriched = new LinkedHashMap<>(fields);
            enriched.putAll(TextCodec.map(rs.getString("enriched_lead")));
            String exact = rs.getString("enriched_fields_exact");
            List<EnrichedField> enrichments = exact == null
                    ? EnrichedField.parseAll(rs.getString("enriched_fields")) : enrichments(exact);
            ScoreBreakdown score = new ScoreBreakdown(rs.getInt("score_engagement"), rs.getInt("score_recency"),
                    rs.getInt("score_seniority"), rs.getInt("score_company_size"),
                    TextCodec.list(rs.getString("score_reasons")));
            String persona = rs.getString("persona");
            String source = rs.getString("ai_source");
            analysis = new LeadAnalysis(lead(enriched), enrichments, score,
                    persona == null ? null : Persona.fromLabel(persona), rs.getString("persona_reason"),
                    source == null ? null : new Provenance(source, rs.getString("ai_fallback_reason")));
        }
        return new StoredLead(rs.getInt("idx"), asRead, analysis, rs.getString("failed_stage"),
                rs.getString("failure_reason"));
    }

    /** Every field of a lead as text (null where the lead has null), keyed by column. */
    static Map<String, String> fields(Lead l) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("lead_id", l.id());
        f.put("name", l.name());
        f.put("email", l.email());
        f.put("company", l.company());
        f.put("industry", l.industry());
        f.put("job_title", l.jobTitle());
        f.put("company_size", l.companySize());
        f.put("employees", l.employees() == null ? null : l.employees().toString());
        f.put("location", l.location());
        f.put("last_contact", l.lastContact());
        f.put("last_contact_date", TextCodec.date(l.lastContactDate()));
        f.put("notes", l.notes());
        f.put("extra", TextCodec.map(l.extra()));
        f.put("warnings", TextCodec.list(l.warnings()));
        f.put("source_file", l.source().source());
        f.put("source_line", Long.toString(l.source().line()));
        return f;
    }

    /** The lead {@link #fields(Lead)} describes. */
    static Lead lead(Map<String, String> f) {
        String employees = f.get("employees");
        return new Lead(f.get("lead_id"), f.get("name"), f.get("email"), f.get("company"), f.get("industry"),
                f.get("job_title"), f.get("company_size"), employees == null ? null : Integer.valueOf(employees),
                f.get("location"), f.get("last_contact"), TextCodec.date(f.get("last_contact_date")), f.get("notes"),
                TextCodec.map(f.get("extra")), new SourceRef(f.get("source_file"), Long.parseLong(f.get("source_line"))),
                TextCodec.list(f.get("warnings")));
    }

    private static Map<String, String> difference(Map<String, String> base, Map<String, String> other) {
        Map<String, String> diff = new LinkedHashMap<>();
        other.forEach((k, v) -> {
            if (!Objects.equals(base.get(k), v)) {
                diff.put(k, v);
            }
        });
        return diff;
    }

    /** Enrichments exactly: one line each of column, value, source and confidence, tab-separated and escaped. */
    static String enrichments(List<EnrichedField> list) {
        StringBuilder b = new StringBuilder();
        for (EnrichedField e : list) {
            b.append(TextCodec.escape(e.field().column())).append('\t').append(TextCodec.escape(e.value()))
                    .append('\t').append(TextCodec.escape(e.source())).append('\t').append(e.confidence())
                    .append('\n');
        }
        return b.toString();
    }

    /** The enrichments {@link #enrichments(List)} wrote. */
    static List<EnrichedField> enrichments(String text) {
        List<EnrichedField> out = new ArrayList<>();
        for (String[] f : TextCodec.rows(text)) {
            if (f.length != 4) {
                throw new IllegalArgumentException("enriched_fields_exact: not 4 fields: " + String.join("|", f));
            }
            out.add(new EnrichedField(field(f[0]), f[1], f[2], Double.parseDouble(f[3])));
        }
        return out;
    }

    private static LeadField field(String column) {
        for (LeadField f : LeadField.values()) {
            if (f.column().equals(column)) {
                return f;
            }
        }
        throw new IllegalArgumentException("enriched_fields_exact: no lead column '" + column + "'");
    }
}
