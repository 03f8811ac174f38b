package dev.campaigncrm.llm.internal.steps;

import com.fasterxml.jackson.databind.JsonNode;
import dev.campaigncrm.llm.LlmException;
import dev.campaigncrm.llm.LlmRequest;
import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.reply.Reply;
import dev.campaigncrm.reply.ReplyCategory;
import dev.campaigncrm.reply.ReplyClassification;
import dev.campaigncrm.reply.text.ReplyText;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reply-classification request and its checks. Only the subject and the reply's new text go to the model:
 * never the headers or the sender's address. The answer's category must be one of the five, its confidence 0–1 and
 * its rationale one line; below {@code unclearBelow} the reply is {@link ReplyCategory#UNCLEAR}.
 */
public final class ReplyTask implements ChainTask<Reply, ReplyClassification> {

    private static final int MAX_TEXT = 4000;
    private static final String SYSTEM = """
            You classify a prospect's reply to a B2B sales email into one category:
            INTERESTED (wants a call, a demo, pricing or next steps), NOT_INTERESTED (a clear decline or a request \
            to stop), NEEDS_FOLLOW_UP (interest that depends on more information, a later date or another person), \
            UNCLEAR (ambiguous: a person should read it), SKIP (an automatic reply, out-of-office or bounce).
            Give a confidence from 0 to 1 and a one-line rationale that quotes the deciding words.
            """ + Prompts.DATA_NOT_INSTRUCTIONS;

    private final double unclearBelow;

    /** The task; answers less sure than {@code unclearBelow} become UNCLEAR. */
    public ReplyTask(double unclearBelow) {
        this.unclearBelow = unclearBelow;
    }

    @Override
    public LlmRequest request(List<Reply> replies, String retryReason) {
        if (replies.size() != 1) {
            throw new IllegalArgumentException("replies are classified one per request");
        }
        Reply reply = replies.get(0);
        String text = ReplyText.of(reply.body());
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("subject", ModelText.oneLine(reply.subject(), 300));
        d.put("text", text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        JsonObjectSchema schema = JsonObjectSchema.builder()
                .addEnumProperty("category", Arrays.stream(ReplyCategory.values()).map(Enum::name).toList())
                .addNumberProperty("confidence", "0 to 1")
                .addStringProperty("rationale", "one line")
                .required("category", "confidence", "rationale").additionalProperties(false).build();
        return new LlmRequest("classify-reply", SYSTEM, Prompts.data("REPLY", d, retryReason),
                JsonSchema.builder().name("reply_classification").rootElement(schema).build(), 512);
    }

    @Override
    public List<Checked<ReplyClassification>> read(String json, List<Reply> replies, String label)
            throws LlmException {
        JsonNode a = Json.parse(json);
        if (!a.isObject()) {
            throw new LlmException(LlmException.Kind.MALFORMED, "answer is not a JSON object");
        }
        try {
            return List.of(Checked.ok(classification(a, label)));
        } catch (InvalidAnswer e) {
            return List.of(Checked.invalid(e.getMessage()));
        }
    }

    private ReplyClassification classification(JsonNode a, String label) throws InvalidAnswer {
        String name = Json.text(a, "category").strip().toUpperCase(Locale.ROOT);
        ReplyCategory category = Arrays.stream(ReplyCategory.values()).filter(c -> c.name().equals(name))
                .findFirst().orElseThrow(() -> new InvalidAnswer("category '" + ModelText.oneLine(name, 30)
                        + "' is not one of the five"));
        double confidence = Json.unit(a, "confidence");
        String rationale = ModelText.oneLine(Json.text(a, "rationale"), 200);
        if (rationale.isEmpty()) {
            throw new InvalidAnswer("empty rationale");
        }
        Provenance provenance = Provenance.of(label);
        if (category != ReplyCategory.UNCLEAR && confidence < unclearBelow) {
            return new ReplyClassification(ReplyCategory.UNCLEAR, round(1 - confidence), String.format(Locale.ROOT,
                    "model unsure (%s at %.2f, below %.2f): %s", category.label(), confidence, unclearBelow,
                    rationale), provenance);
        }
        return new ReplyClassification(category, confidence, rationale, provenance);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
