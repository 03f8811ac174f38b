package dev.campaigncrm.llm.internal.provider;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Optional;

/** What one provider's wire format says beyond the HTTP status: answer problems, retry hints, error messages. */
public sealed interface WireFormat permits GeminiWire, HuggingFaceEmbeddingWire, OpenAiWire {

    /** A problem in a 2xx answer that LangChain4j would hide or fail on: no candidate, a block, a cut-off, no text. */
    Optional<Failure> inspectAnswer(JsonNode body);

    /** The wait an error body asks for, if any (Gemini's {@code RetryInfo.retryDelay}). */
    Optional<Duration> retryDelay(JsonNode errorBody);

    /** The error body's message, unredacted (the caller redacts it), or empty. */
    String errorMessage(JsonNode errorBody);

    /** The text of a JSON node, or empty when it is missing or not a value. */
    static String text(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() || node.isContainerNode() ? "" : node.asText();
    }
}
