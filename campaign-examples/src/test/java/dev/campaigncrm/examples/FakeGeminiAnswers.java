package dev.campaigncrm.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.campaigncrm.llm.testing.FakeReply;
import dev.campaigncrm.llm.testing.RecordedRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A responder for {@code FakeGeminiServer} that plays a well-behaved Gemini: it recognises the campaign's task from
 * the request's {@code generationConfig.responseSchema} (engagement: analysis, subject: draft, category: reply,
 * executive_summary: narrative; {@code leads}/{@code drafts} arrays: batches), reads the quoted JSON data of the user
 * message, and answers with JSON that passes the campaign's checks. Counts the requests per task.
 */
final class FakeGeminiAnswers implements Function<RecordedRequest, FakeReply> {

    /** Text that only the fake's narrative contains (no digits: every number must come from the statistics). */
    static final String SUMMARY = "Fake Gemini summary: the outreach reached senior buyers across several regions, "
            + "and the replies were simulated, so they are not evidence about real prospects.";
    /** The fake's persona reason, recognisable in the artifacts. */
    static final String PERSONA_REASON = "fake Gemini persona reason";
    /** The fake's subject line, recognisable in the artifacts. */
    static final String SUBJECT = "A weekly pipeline forecast your team can trust";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, AtomicInteger> byTask = new ConcurrentHashMap<>();
    private final List<String> repliesSeen = new CopyOnWriteArrayList<>();

    /** Requests answered per task: analysis, draft, reply, narrative (batches count once). */
    int count(String task) {
        AtomicInteger n = byTask.get(task);
        return n == null ? 0 : n.get();
    }

    /** The reply texts the model was asked to classify. */
    List<String> repliesSeen() {
        return List.copyOf(repliesSeen);
    }

    @Override
    public FakeReply apply(RecordedRequest request) {
        JsonNode body = request.json();
        JsonNode properties = body.path("generationConfig").path("responseSchema").path("properties");
        try {
            JsonNode data = data(userText(body));
            ObjectNode answer = JSON.createObjectNode();
            String task;
            if (properties.has("engagement")) {
                task = "analysis";
                analysis(answer, data);
            } else if (properties.has("leads")) {
                task = "analysis";
                items(answer.putArray("leads"), data, FakeGeminiAnswers::analysis);
            } else if (properties.has("subject")) {
                task = "draft";
                draft(answer, data);
            } else if (properties.has("drafts")) {
                task = "draft";
                items(answer.putArray("drafts"), data, FakeGeminiAnswers::draft);
            } else if (properties.has("category")) {
                task = "reply";
                repliesSeen.add(data.path("text").asText());
                reply(answer, data);
            } else if (properties.has("executive_summary")) {
                task = "narrative";
                narrative(answer);
            } else {
                return FakeReply.error(400);
            }
            byTask.computeIfAbsent(task, k -> new AtomicInteger()).incrementAndGet();
            return FakeReply.answer(JSON.writeValueAsString(answer));
        } catch (JsonProcessingException e) {
            return FakeReply.error(400);
        }
    }

    private static String userText(JsonNode body) {
        StringBuilder text = new StringBuilder();
        for (JsonNode content : body.path("contents")) {
            for (JsonNode part : content.path("parts")) {
                text.append(part.path("text").asText());
            }
        }
        return text.toString();
    }

    /** The quoted JSON after the label line, without a retry's "previous answer was rejected" tail. */
    private static JsonNode data(String user) throws JsonProcessingException {
        int cut = user.indexOf("\n\nYour previous answer");
        String text = cut < 0 ? user : user.substring(0, cut);
        return JSON.readTree(text.substring(text.indexOf('\n') + 1));
    }

    private static void items(ArrayNode out, JsonNode leads, BiConsumer<ObjectNode, JsonNode> answer) {
        for (JsonNode lead : leads) {
            ObjectNode item = out.addObject();
            item.put("key", lead.path("key").asText());
            answer.accept(item, lead);
        }
    }

    private static void analysis(ObjectNode a, JsonNode lead) {
        boolean notes = !lead.path("notes").asText().isBlank();
        a.put("engagement", notes ? 3 : 0);
        a.putArray("engagement_phrases");
        ArrayNode inferred = a.putArray("inferred_fields");
        for (JsonNode field : lead.path("missing_fields")) {
            ObjectNode f = inferred.addObject();
            f.put("field", field.asText());
            f.put("value", "unknown");
            f.put("confidence", 0.0);
        }
        a.put("persona", "GENERAL_BUSINESS_CONTACT");
        a.put("persona_reason", PERSONA_REASON);
    }

    private static void draft(ObjectNode d, JsonNode lead) {
        String name = lead.path("first_name").asText();
        d.put("subject", SUBJECT);
        d.put("body", (name.isEmpty() ? "Hello" : "Hi " + name) + ",\n\n"
                + "Teams like yours often spend hours each week pulling pipeline numbers together by hand. "
                + "Our platform turns that scattered data into one weekly forecast your team can act on.\n\n"
                + "Would a short call next week be useful to see whether it fits?\n\n"
                + "Best regards,\nAlex Morgan");
        d.put("tone", lead.path("required_tone").asText());
        d.put("urgency", lead.path("required_urgency").asText());
        d.put("personalization_notes", "fake Gemini draft");
    }

    private static void reply(ObjectNode r, JsonNode reply) {
        String text = reply.path("text").asText().toLowerCase(Locale.ROOT);
        String category = text.contains("not interested") || text.contains("no thanks") ? "NOT_INTERESTED"
                : text.contains("later") || text.contains("next quarter") ? "NEEDS_FOLLOW_UP" : "INTERESTED";
        r.put("category", category);
        r.put("confidence", 0.9);
        r.put("rationale", "fake Gemini classification");
    }

    private static void narrative(ObjectNode n) {
        n.put("executive_summary", SUMMARY);
        n.putArray("key_findings").add("Fake Gemini finding: senior titles dominated the list.")
                .add("Fake Gemini finding: several leads had no notes.");
        n.putArray("recommendations").add("Fake Gemini recommendation: follow up with interested leads first.");
        n.put("conclusion", "Fake Gemini conclusion: a small, well-targeted campaign.");
    }
}
