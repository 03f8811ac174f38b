package dev.campaigncrm.llm.testing;

import dev.campaigncrm.llm.LlmRequest;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;

/** A small schema and request for provider tests. */
public final class TestSchemas {

    private TestSchemas() {
    }

    /** {@code {"score": integer, "persona": string}}, both required. */
    public static JsonSchema scoreAndPersona() {
        return JsonSchema.builder()
                .name("lead_signal")
                .rootElement(JsonObjectSchema.builder()
                        .addProperty("score", JsonIntegerSchema.builder().description("0 to 30").build())
                        .addProperty("persona", JsonStringSchema.builder().build())
                        .required("score", "persona")
                        .additionalProperties(false)
                        .build())
                .build();
    }

    /** A request with that schema and this user text. */
    public static LlmRequest request(String user) {
        return new LlmRequest("analyze-lead", "You rate leads. Answer with JSON only.", user, scoreAndPersona(), 256);
    }
}
