package dev.campaigncrm.llm;

import dev.langchain4j.model.chat.request.json.JsonSchema;
import java.util.Objects;

/**
 * A structured-output request: instructions, the data (lead fields are passed here as quoted data, never as
 * instructions), and the JSON schema the answer must follow (sent as Gemini {@code responseSchema} or OpenAI
 * {@code response_format: json_schema}).
 *
 * @param task            a short name for logs, metrics and the cache key, e.g. {@code analyze-lead}
 * @param system          the instructions
 * @param user            the data the model works on
 * @param schema          the answer's schema
 * @param maxOutputTokens a cap on the answer's length; large enough for the schema (reasoning models need room)
 */
public record LlmRequest(String task, String system, String user, JsonSchema schema, int maxOutputTokens) {

    /** Checks that every part is present. */
    public LlmRequest {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(schema, "schema");
        if (maxOutputTokens < 1) {
            throw new IllegalArgumentException("maxOutputTokens must be positive but was " + maxOutputTokens);
        }
    }
}
