package dev.campaigncrm.llm.internal.provider;

import com.fasterxml.jackson.databind.JsonNode;
import dev.campaigncrm.llm.LlmException.Kind;
import java.time.Duration;
import java.util.Optional;

/** OpenAI-compatible {@code chat/completions} answers and error bodies (OpenAI, Hugging Face's router, Ollama...). */
public record OpenAiWire() implements WireFormat {

    @Override
    public Optional<Failure> inspectAnswer(JsonNode body) {
        JsonNode choices = body.path("choices");
        if (!choices.isArray() || choices.isEmpty()) {
            return Optional.of(Failure.permanent(Kind.EMPTY, "no choice in the answer"));
        }
        JsonNode choice = choices.get(0);
        String finishReason = WireFormat.text(choice.path("finish_reason"));
        if ("length".equals(finishReason)) {
            return Optional.of(Failure.permanent(Kind.TRUNCATED, "answer cut off, finish_reason length"));
        }
        if ("content_filter".equals(finishReason)) {
            return Optional.of(Failure.permanent(Kind.SAFETY, "answer blocked, finish_reason content_filter"));
        }
        JsonNode message = choice.path("message");
        if (!WireFormat.text(message.path("refusal")).isBlank()) {
            return Optional.of(Failure.permanent(Kind.SAFETY, "the model refused"));
        }
        if (WireFormat.text(message.path("content")).isBlank()) {
            return Optional.of(Failure.permanent(Kind.EMPTY,
                    "choice without content" + (finishReason.isEmpty() ? "" : ", finish_reason " + finishReason)));
        }
        return Optional.empty();
    }

    @Override
    public Optional<Duration> retryDelay(JsonNode errorBody) {
        return Optional.empty();
    }

    @Override
    public String errorMessage(JsonNode errorBody) {
        JsonNode error = errorBody.path("error");
        return error.isTextual() ? error.asText() : WireFormat.text(error.path("message"));
    }
}
