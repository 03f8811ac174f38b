package dev.campaigncrm.llm.internal.provider;

import com.fasterxml.jackson.databind.JsonNode;
import dev.campaigncrm.llm.LlmException.Kind;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** Gemini's {@code generateContent} answers and Google's error bodies ({@code error.details[]} with RetryInfo). */
public record GeminiWire() implements WireFormat {

    private static final Set<String> BLOCKED =
            Set.of("SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII", "IMAGE_SAFETY");
    private static final String RETRY_INFO = "type.googleapis.com/google.rpc.RetryInfo";

    @Override
    public Optional<Failure> inspectAnswer(JsonNode body) {
        JsonNode candidates = body.path("candidates");
        if (!candidates.isArray() || candidates.isEmpty()) {
            String blockReason = WireFormat.text(body.path("promptFeedback").path("blockReason"));
            return Optional.of(blockReason.isEmpty()
                    ? Failure.permanent(Kind.EMPTY, "no candidate in the answer")
                    : Failure.permanent(Kind.SAFETY, "prompt blocked, blockReason " + blockReason));
        }
        JsonNode candidate = candidates.get(0);
        String finishReason = WireFormat.text(candidate.path("finishReason"));
        if (BLOCKED.contains(finishReason)) {
            return Optional.of(Failure.permanent(Kind.SAFETY, "answer blocked, finishReason " + finishReason));
        }
        if ("MAX_TOKENS".equals(finishReason)) {
            return Optional.of(Failure.permanent(Kind.TRUNCATED, "answer cut off, finishReason MAX_TOKENS"));
        }
        if (!hasText(candidate.path("content").path("parts"))) {
            return Optional.of(Failure.permanent(Kind.EMPTY,
                    "candidate without text" + (finishReason.isEmpty() ? "" : ", finishReason " + finishReason)));
        }
        return Optional.empty();
    }

    private static boolean hasText(JsonNode parts) {
        for (JsonNode part : parts) {
            if (!part.path("thought").asBoolean(false) && !WireFormat.text(part.path("text")).isBlank()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<Duration> retryDelay(JsonNode errorBody) {
        for (JsonNode detail : errorBody.path("error").path("details")) {
            if (RETRY_INFO.equals(WireFormat.text(detail.path("@type")))) {
                return RetryAfter.fromProtoDuration(WireFormat.text(detail.path("retryDelay")));
            }
        }
        return Optional.empty();
    }

    @Override
    public String errorMessage(JsonNode errorBody) {
        JsonNode error = errorBody.path("error");
        String status = WireFormat.text(error.path("status"));
        String message = WireFormat.text(error.path("message"));
        return status.isEmpty() ? message : status + (message.isEmpty() ? "" : ": " + message);
    }
}
