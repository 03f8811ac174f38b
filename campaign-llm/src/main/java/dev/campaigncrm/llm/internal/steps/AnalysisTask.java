package dev.campaigncrm.llm.internal.steps;

import com.fasterxml.jackson.databind.JsonNode;
import dev.campaigncrm.analysis.EnrichedField;
import dev.campaigncrm.analysis.LeadAnalysis;
import dev.campaigncrm.analysis.LeadScorer;
import dev.campaigncrm.analysis.Persona;
import dev.campaigncrm.analysis.ScoreBreakdown;
import dev.campaigncrm.lead.CompanySizes;
import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.lead.LeadField;
import dev.campaigncrm.lead.LeadText;
import dev.campaigncrm.llm.LlmException;
import dev.campaigncrm.llm.LlmRequest;
import dev.campaigncrm.provenance.Provenance;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The lead-analysis request and its checks. The model gives the engagement (0–30) with the phrases from the notes
 * that justify it, values for the lead's missing fields with a confidence, and a persona with a reason; recency,
 * seniority and size points and the total are computed in code by the scorer. Checks: engagement within 0–30, 0
 * without notes, a phrase for anything above 3 (neutral notes) and every phrase found in the notes; a persona among
 * the enum's names; inferred values plain words (no links or addresses), sizes that parse, confidences within 0–1.
 * Inferred values fill only missing fields.
 */
public final class AnalysisTask implements ChainTask<Lead, LeadAnalysis> {

    /** The fields the model may infer when the lead lacks them. */
    public static final List<LeadField> INFERABLE =
            List.of(LeadField.INDUSTRY, LeadField.JOB_TITLE, LeadField.COMPANY_SIZE, LeadField.NOTES);

    private static final int MAX_ENGAGEMENT = 30;
    /** The most points notes may earn without a quoted phrase: notes that show no intent either way. */
    private static final int NEUTRAL_MAX = 3;
    private static final int MAX_NOTES = 2000;
    private static final int MAX_REASON = 200;
    private static final String SYSTEM = """
            You analyse B2B sales leads for an outreach campaign.
            For each lead:
            - engagement: 0-30, the buying intent the NOTES show (30 ready to buy; 25 demo, proposal or approved \
            budget; 20 interest or pricing questions; 5-10 concerns, deferrals or declines; 3 notes without intent; \
            0 no notes). List in engagement_phrases the exact words from the notes that justify it (empty when 0).
            - inferred_fields: only for the fields listed in missing_fields, a value inferred from the other data \
            (industry from company name, email domain or notes; job_title or company_size only when the notes state \
            them; notes: a short factual line) with a confidence 0-1, or the value "unknown" with confidence 0.
            - persona: one of ENTERPRISE_TECH_DECISION_MAKER (senior tech buyer, 500+ employees), \
            GROWTH_STAGE_STARTUP_FOUNDER (founder/executive of a small growth company), \
            MID_MARKET_OPERATIONS_LEADER (operations or functional leader, 50-999 employees), SMALL_BUSINESS_OWNER \
            (owner of a business under 50 employees), TECHNICAL_EVALUATOR (hands-on specialist), \
            GENERAL_BUSINESS_CONTACT (anyone else); persona_reason: one short line.
            Do not compute dates or scores other than engagement.
            """ + Prompts.DATA_NOT_INSTRUCTIONS;

    private final LeadScorer scorer;
    private final LocalDate asOf;

    /** The task for leads analysed as of {@code asOf}, with the non-engagement points from {@code scorer}. */
    public AnalysisTask(LeadScorer scorer, LocalDate asOf) {
        this.scorer = scorer;
        this.asOf = asOf;
    }

    @Override
    public LlmRequest request(List<Lead> leads, String retryReason) {
        if (leads.size() == 1) {
            return new LlmRequest("analyze-lead", SYSTEM, Prompts.data("LEAD", data(leads.get(0)), retryReason),
                    JsonSchema.builder().name("lead_analysis").rootElement(answerSchema(false)).build(), 1024);
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < leads.size(); i++) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("key", Batches.key(i));
            d.putAll(data(leads.get(i)));
            items.add(d);
        }
        JsonObjectSchema root = JsonObjectSchema.builder()
                .addProperty("leads", JsonArraySchema.builder().items(answerSchema(true))
                        .description("one answer per lead, with the lead's key").build())
                .required("leads").additionalProperties(false).build();
        return new LlmRequest("analyze-leads", SYSTEM + "\nAnswer for every lead, each with its key.",
                Prompts.data("LEADS", items, retryReason),
                JsonSchema.builder().name("lead_analyses").rootElement(root).build(),
                Math.min(16_384, 600 * leads.size() + 400));
    }

    @Override
    public List<Checked<LeadAnalysis>> read(String json, List<Lead> leads, String label) throws LlmException {
        JsonNode root = Json.parse(json);
        if (!root.isObject()) {
            throw new LlmException(LlmException.Kind.MALFORMED, "answer is not a JSON object");
        }
        if (leads.size() == 1) {
            return List.of(check(root, leads.get(0), label));
        }
        if (!root.path("leads").isArray()) {
            throw new LlmException(LlmException.Kind.MALFORMED, "answer has no 'leads' array");
        }
        List<Checked<LeadAnalysis>> out = new ArrayList<>();
        for (int i = 0; i < leads.size(); i++) {
            Optional<JsonNode> item = Json.keyed(root, "leads", Batches.key(i));
            out.add(item.isPresent() ? check(item.get(), leads.get(i), label)
                    : Checked.invalid("no single answer for " + Batches.key(i) + " in the batch"));
        }
        return out;
    }

    private Checked<LeadAnalysis> check(JsonNode answer, Lead lead, String label) {
        try {
            return Checked.ok(analysis(answer, lead, label));
        } catch (InvalidAnswer e) {
            return Checked.invalid(e.getMessage());
        }
    }

    private LeadAnalysis analysis(JsonNode a, Lead lead, String label) throws InvalidAnswer {
        int engagement = Json.integer(a, "engagement");
        List<String> phrases = Json.texts(a, "engagement_phrases");
        String engagementReason = engagement(engagement, phrases, lead.notes(), label);
        List<EnrichedField> enrichments = inferred(Json.array(a, "inferred_fields"), lead, label);
        Persona persona = persona(Json.text(a, "persona"));
        String personaReason = ModelText.oneLine(Json.text(a, "persona_reason"), MAX_REASON);
        if (personaReason.isEmpty() || ModelText.hasLinkOrAddress(personaReason)) {
            throw new InvalidAnswer("persona_reason is empty or holds a link or address");
        }
        Lead enriched = lead;
        for (EnrichedField f : enrichments) {
            if (f.known()) {
                enriched = enriched.fill(f.field(), f.value());
            }
        }
        ScoreBreakdown base = scorer.score(enriched, asOf);
        List<String> reasons = new ArrayList<>(base.reasons());
        if (reasons.isEmpty()) {
            reasons.add(engagementReason);
        } else {
            reasons.set(0, engagementReason);
        }
        ScoreBreakdown score = new ScoreBreakdown(engagement, base.recency(), base.seniority(), base.companySize(),
                reasons);
        return new LeadAnalysis(enriched, enrichments, score, persona, personaReason, Provenance.of(label));
    }

    private static String engagement(int points, List<String> phrases, String notes, String label)
            throws InvalidAnswer {
        if (points < 0 || points > MAX_ENGAGEMENT) {
            throw new InvalidAnswer("engagement " + points + " is outside 0.." + MAX_ENGAGEMENT);
        }
        if (notes.isBlank() && points > 0) {
            throw new InvalidAnswer("engagement " + points + " for a lead without notes");
        }
        if (points > NEUTRAL_MAX && phrases.isEmpty()) {
            throw new InvalidAnswer("engagement " + points + " without a phrase from the notes");
        }
        for (String phrase : phrases) {
            if (!ModelText.containsWords(notes, phrase)) {
                throw new InvalidAnswer("engagement phrase '" + LeadText.oneLine(phrase)
                        + "' is not in the notes");
            }
        }
        String quoted = phrases.stream().map(p -> "'" + LeadText.oneLine(p) + "'")
                .distinct().collect(Collectors.joining(", "));
        return "engagement " + points + " (model " + label + "): "
                + (quoted.isEmpty() ? (notes.isBlank() ? "no notes" : "no buying signal in the notes") : quoted);
    }

    private static List<EnrichedField> inferred(List<JsonNode> items, Lead lead, String label)
            throws InvalidAnswer {
        Map<LeadField, EnrichedField> out = new EnumMap<>(LeadField.class);
        String source = "model " + label;
        for (JsonNode item : items) {
            LeadField field = field(Json.text(item, "field"));
            String value = Json.text(item, "value").strip();
            double confidence = Json.unit(item, "confidence");
            if (!lead.isMissing(field)) {
                continue;
            }
            if (out.containsKey(field)) {
                throw new InvalidAnswer("inferred field '" + field.column() + "' given twice");
            }
            out.put(field, value.isEmpty() || EnrichedField.UNKNOWN.equalsIgnoreCase(value)
                    ? new EnrichedField(field, EnrichedField.UNKNOWN, source, 0.0)
                    : new EnrichedField(field, checked(field, value), source, confidence));
        }
        List<EnrichedField> all = new ArrayList<>();
        for (LeadField field : INFERABLE) {
            if (lead.isMissing(field)) {
                all.add(out.getOrDefault(field, new EnrichedField(field, EnrichedField.UNKNOWN, source, 0.0)));
            }
        }
        return all;
    }

    private static String checked(LeadField field, String value) throws InvalidAnswer {
        if (field == LeadField.NOTES) {
            String line = ModelText.oneLine(value, 300);
            if (ModelText.hasLinkOrAddress(line)) {
                throw new InvalidAnswer("inferred notes hold a link or address");
            }
            return line;
        }
        Optional<String> clean = LeadText.clean(value);
        if (clean.isEmpty() || !clean.get().equals(ModelText.oneLine(value, 1000))) {
            throw new InvalidAnswer("inferred " + field.column() + " is not plain words of at most "
                    + LeadText.MAX_LENGTH + " characters");
        }
        if (field == LeadField.COMPANY_SIZE && CompanySizes.parse(value) == null) {
            throw new InvalidAnswer("inferred company_size '" + clean.get() + "' is not a size");
        }
        return clean.get();
    }

    private static LeadField field(String name) throws InvalidAnswer {
        for (LeadField f : INFERABLE) {
            if (f.column().equalsIgnoreCase(name.strip())) {
                return f;
            }
        }
        throw new InvalidAnswer("inferred field '" + ModelText.oneLine(name, 40) + "' is not one of "
                + INFERABLE.stream().map(LeadField::column).toList());
    }

    private static Persona persona(String text) throws InvalidAnswer {
        String t = text.strip();
        for (Persona p : Persona.values()) {
            if (p.name().equalsIgnoreCase(t) || p.label().equalsIgnoreCase(t)) {
                return Persona.fromLabel(t);
            }
        }
        throw new InvalidAnswer("persona '" + ModelText.oneLine(text, 40) + "' is not one of the personas");
    }

    /** The lead as quoted data: what the model needs and nothing more (no name, no full address). */
    private static Map<String, Object> data(Lead lead) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("company", lead.company());
        d.put("email_domain", domain(lead.email()));
        d.put("industry", lead.industry());
        d.put("job_title", lead.jobTitle());
        d.put("company_size", lead.companySize());
        d.put("location", lead.location());
        d.put("notes", lead.notes().length() > MAX_NOTES ? lead.notes().substring(0, MAX_NOTES) : lead.notes());
        d.put("missing_fields", INFERABLE.stream().filter(lead::isMissing).map(LeadField::column).toList());
        return d;
    }

    private static String domain(String email) {
        int at = email.lastIndexOf('@');
        return at < 0 ? "" : email.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    private static JsonSchemaElement answerSchema(boolean keyed) {
        JsonObjectSchema inferred = JsonObjectSchema.builder()
                .addEnumProperty("field", INFERABLE.stream().map(LeadField::column).toList())
                .addStringProperty("value", "the inferred value, or \"unknown\"")
                .addNumberProperty("confidence", "0 to 1")
                .required("field", "value", "confidence").additionalProperties(false).build();
        JsonObjectSchema.Builder b = JsonObjectSchema.builder();
        if (keyed) {
            b.addStringProperty("key", "the lead's key from the data");
        }
        b.addIntegerProperty("engagement", "0 to 30")
                .addProperty("engagement_phrases", JsonArraySchema.builder()
                        .items(dev.langchain4j.model.chat.request.json.JsonStringSchema.builder().build())
                        .description("exact phrases from the notes").build())
                .addProperty("inferred_fields", JsonArraySchema.builder().items(inferred).build())
                .addEnumProperty("persona", Arrays.stream(Persona.values()).map(Persona::name).toList())
                .addStringProperty("persona_reason", "one short line");
        List<String> required = new ArrayList<>(List.of("engagement", "engagement_phrases", "inferred_fields",
                "persona", "persona_reason"));
        if (keyed) {
            required.add(0, "key");
        }
        return b.required(required).additionalProperties(false).build();
    }
}
