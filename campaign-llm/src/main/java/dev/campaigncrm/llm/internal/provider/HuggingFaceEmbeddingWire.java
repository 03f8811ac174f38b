package dev.campaigncrm.llm.internal.provider;

import com.fasterxml.jackson.databind.JsonNode;
import dev.campaigncrm.llm.LlmException.Kind;
import java.time.Duration;
import java.util.Optional;

/**
 * Hugging Face's {@code feature-extraction} pipeline ({@code POST models/{model}/pipeline/feature-extraction}): the
 * answer is one vector per input ({@code [[0.1, ...], ...]}); errors are {@code {"error": "..."}} (sometimes a list),
 * and a model still loading answers 503 with {@code estimated_time} in seconds.
 */
public record HuggingFaceEmbeddingWire() implements WireFormat {

    @Override
    public Optional<Failure> inspectAnswer(JsonNode body) {
        if (!body.isArray()) {
            String error = errorMessage(body);
            return Optional.of(Failure.permanent(Kind.MALFORMED, error.isBlank()
                    ? "the answer is not a list of vectors"
                    : "the answer is an error, not vectors"));
        }
        if (body.isEmpty()) {
            return Optional.of(Failure.permanent(Kind.EMPTY, "no vector in the answer"));
        }
        for (JsonNode vector : body) {
            if (!vector.isArray() || vector.isEmpty()) {
                return Optional.of(Failure.permanent(Kind.MALFORMED, "the answer is not a list of vectors"));
            }
            if (vector.get(0).isArray()) {
                return Optional.of(Failure.permanent(Kind.MALFORMED,
                        "the answer has one vector per token, not per text (not a sentence-embedding model?)"));
            }
            for (JsonNode x : vector) {
                if (!x.isNumber()) {
                    return Optional.of(Failure.permanent(Kind.MALFORMED, "a vector holds something other than numbers"));
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<Duration> retryDelay(JsonNode errorBody) {
        JsonNode estimated = errorBody.path("estimated_time");
        if (!estimated.isNumber() || estimated.asDouble() <= 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(Math.round(estimated.asDouble() * 1000)));
    }

    @Override
    public String errorMessage(JsonNode errorBody) {
        JsonNode error = errorBody.path("error");
        if (error.isArray()) {
            StringBuilder sb = new StringBuilder();
            error.forEach(e -> sb.append(sb.isEmpty() ? "" : "; ").append(WireFormat.text(e)));
            return sb.toString();
        }
        return error.isTextual() ? error.asText() : WireFormat.text(error.path("message"));
    }
}
