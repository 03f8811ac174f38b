package dev.campaigncrm.llm.internal.steps;

import com.fasterxml.jackson.databind.JsonNode;
import dev.campaigncrm.llm.LlmException;
import dev.campaigncrm.llm.LlmRequest;
import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.reply.ReplyCategory;
import dev.campaigncrm.report.CampaignStats;
import dev.campaigncrm.report.Count;
import dev.campaigncrm.report.Narrative;
import dev.campaigncrm.report.Segment;
import dev.campaigncrm.report.StageProvenance;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report-narrative request and its checks. The statistics go to the model as JSON computed by code (rates
 * already as percentages with one decimal); the answer's sections must be present and bounded, hold no link or
 * address, and every number in them must be one of the numbers given: a figure the model invented or computed
 * itself rejects the narrative.
 */
public final class NarrativeTask implements ChainTask<CampaignStats, Narrative> {

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
    private static final int MAX_PARAGRAPH = 1500;
    private static final int MAX_ITEM = 400;
    private static final String SYSTEM = """
            You write the narrative sections of a B2B outreach campaign report from the statistics given: an \
            executive summary (one paragraph), 3 to 6 key findings, 2 to 5 recommendations and a conclusion \
            (one paragraph), as plain text without markdown.
            Use ONLY numbers that appear in the data, exactly as given (rates are already percentages with one \
            decimal): do not compute differences, sums or new percentages. If replies_simulated is true, say that \
            the replies were simulated and are not evidence about real prospects.
            """ + Prompts.DATA_NOT_INSTRUCTIONS;

    @Override
    public LlmRequest request(List<CampaignStats> items, String retryReason) {
        JsonArraySchema list = JsonArraySchema.builder().items(JsonStringSchema.builder().build()).build();
        JsonObjectSchema schema = JsonObjectSchema.builder()
                .addStringProperty("executive_summary")
                .addProperty("key_findings", list)
                .addProperty("recommendations", list)
                .addStringProperty("conclusion")
                .required("executive_summary", "key_findings", "recommendations", "conclusion")
                .additionalProperties(false).build();
        return new LlmRequest("report-narrative", SYSTEM, Prompts.data("CAMPAIGN STATISTICS", data(items.get(0)),
                retryReason), JsonSchema.builder().name("report_narrative").rootElement(schema).build(), 4096);
    }

    @Override
    public List<Checked<Narrative>> read(String json, List<CampaignStats> items, String label) throws LlmException {
        JsonNode a = Json.parse(json);
        if (!a.isObject()) {
            throw new LlmException(LlmException.Kind.MALFORMED, "answer is not a JSON object");
        }
        try {
            return List.of(Checked.ok(narrative(a, allowedNumbers(items.get(0)), label)));
        } catch (InvalidAnswer e) {
            return List.of(Checked.invalid(e.getMessage()));
        }
    }

    private static Narrative narrative(JsonNode a, Set<BigDecimal> allowed, String label) throws InvalidAnswer {
        String summary = paragraph(Json.text(a, "executive_summary"), "executive_summary", allowed);
        List<String> findings = items(Json.texts(a, "key_findings"), "key_findings", 1, 8, allowed);
        List<String> recommendations = items(Json.texts(a, "recommendations"), "recommendations", 1, 6, allowed);
        String conclusion = paragraph(Json.text(a, "conclusion"), "conclusion", allowed);
        return new Narrative(summary, findings, recommendations, conclusion, Provenance.of(label));
    }

    private static List<String> items(List<String> raw, String field, int min, int max, Set<BigDecimal> allowed)
            throws InvalidAnswer {
        if (raw.size() < min || raw.size() > max) {
            throw new InvalidAnswer("'" + field + "' must have " + min + "-" + max + " items but has " + raw.size());
        }
        List<String> out = new java.util.ArrayList<>();
        for (String item : raw) {
            out.add(checked(item, field, MAX_ITEM, allowed));
        }
        return out;
    }

    private static String paragraph(String raw, String field, Set<BigDecimal> allowed) throws InvalidAnswer {
        return checked(raw, field, MAX_PARAGRAPH, allowed);
    }

    private static String checked(String raw, String field, int max, Set<BigDecimal> allowed) throws InvalidAnswer {
        String text = ModelText.oneLine(raw, Integer.MAX_VALUE);
        if (text.isEmpty() || text.length() > max) {
            throw new InvalidAnswer("'" + field + "' must be 1-" + max + " characters");
        }
        if (ModelText.hasLinkOrAddress(text)) {
            throw new InvalidAnswer("'" + field + "' holds a link or address");
        }
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            if (!allowed.contains(number(m.group()))) {
                throw new InvalidAnswer("'" + field + "' states " + m.group() + ", a number not in the statistics");
            }
        }
        return text;
    }

    /** Every number the data states, normalised (1,200 = 1200, 12.0 = 12). */
    static Set<BigDecimal> allowedNumbers(CampaignStats stats) {
        Set<BigDecimal> out = new HashSet<>();
        Matcher m = NUMBER.matcher(Json.write(data(stats)));
        while (m.find()) {
            out.add(number(m.group()));
        }
        return out;
    }

    private static BigDecimal number(String text) {
        String plain = text.replace(",", "");
        if (plain.endsWith(".")) {
            plain = plain.substring(0, plain.length() - 1);
        }
        BigDecimal d = new BigDecimal(plain).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0, RoundingMode.UNNECESSARY) : d;
    }

    /** The statistics as the model sees them: counts, and rates as percentages with one decimal. */
    static Map<String, Object> data(CampaignStats s) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("as_of", s.run().asOf().toString());
        d.put("replies_simulated", s.repliesSimulated());
        d.put("contacts", s.contacts());
        d.put("rejected_source_rows", s.rejectedRows());
        d.put("delivered", s.sent());
        d.put("failed", s.failed());
        d.put("not_attempted", s.skipped());
        d.put("replies_from_people", s.humanReplies());
        d.put("automatic_replies", s.autoReplies());
        d.put("unclassified_replies", s.unclassifiedReplies());
        d.put("no_reply", s.noReply());
        Map<String, Object> categories = new LinkedHashMap<>();
        for (ReplyCategory c : ReplyCategory.values()) {
            categories.put(c.label(), s.count(c));
        }
        d.put("reply_categories", categories);
        d.put("delivery_rate_pct", pct(s.sent(), s.contacts()));
        d.put("response_rate_pct", pct(s.humanReplies(), s.sent()));
        d.put("positive_response_share_pct", pct(s.interested(), s.humanReplies()));
        d.put("interest_rate_pct", pct(s.interested(), s.sent()));
        d.put("analysed_contacts", s.analysed());
        d.put("average_priority_score", new BigDecimal(s.averagePriorityScore()).setScale(1, RoundingMode.HALF_UP));
        d.put("enriched_fields", s.enrichedFields());
        d.put("results_that_fell_back", s.fallbacks());
        d.put("personas", segments(s.personas()));
        d.put("industries", segments(s.industries()));
        d.put("company_sizes", segments(s.companySizes()));
        d.put("regions", segments(s.regions()));
        d.put("score_bands", segments(s.scoreBands()));
        d.put("producers", s.provenance().stream().map(NarrativeTask::producer).toList());
        d.put("stage_failures", counts(s.stageFailures()));
        d.put("send_failure_reasons", counts(s.sendFailureReasons()));
        return d;
    }

    private static List<Map<String, Object>> segments(List<Segment> segments) {
        return segments.stream().limit(15).map(g -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", g.name());
            m.put("contacts", g.contacts());
            m.put("delivered", g.sent());
            m.put("replies", g.replied());
            m.put("interested", g.interested());
            m.put("response_rate_pct", pct(g.replied(), g.sent()));
            m.put("interest_rate_pct", pct(g.interested(), g.sent()));
            return m;
        }).toList();
    }

    private static Map<String, Object> producer(StageProvenance p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stage", p.stage());
        m.put("produced_by", counts(p.sources()));
        m.put("fell_back", p.fellBack());
        return m;
    }

    private static List<Map<String, Object>> counts(List<Count> counts) {
        return counts.stream().limit(10).map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", c.name());
            m.put("count", c.count());
            return m;
        }).toList();
    }

    /** {@code part / whole} as a percentage with one decimal, or null (n/a) when {@code whole} is 0. */
    private static BigDecimal pct(long part, long whole) {
        return whole <= 0 ? null : BigDecimal.valueOf(part * 100.0 / whole).setScale(1, RoundingMode.HALF_UP);
    }
}
