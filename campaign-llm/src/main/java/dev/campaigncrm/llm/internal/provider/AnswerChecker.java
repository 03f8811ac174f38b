package dev.campaigncrm.llm.internal.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.campaigncrm.llm.LlmException.Kind;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a model's answer into the JSON text of one complete value, or the reason it is not one. */
public final class AnswerChecker {

    private static final ObjectReader STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build()
            .readerFor(JsonNode.class);
    private static final Pattern FENCE = Pattern.compile("(?s)^```[a-zA-Z]*\\s*\\n?(.*?)\\n?\\s*```$");

    private AnswerChecker() {
    }

    /**
     * The answer's JSON text (a Markdown fence removed).
     *
     * @throws ProviderFailureException with SAFETY, TRUNCATED, EMPTY or MALFORMED
     */
    public static String check(ChatResponse response) {
        FinishReason finish = response == null ? null : response.finishReason();
        if (finish == FinishReason.CONTENT_FILTER) {
            throw fail(Kind.SAFETY, "answer blocked, finish reason CONTENT_FILTER");
        }
        if (finish == FinishReason.LENGTH) {
            throw fail(Kind.TRUNCATED, "answer cut off, finish reason LENGTH");
        }
        AiMessage message = response == null ? null : response.aiMessage();
        String text = message == null ? null : message.text();
        if (text == null || text.isBlank()) {
            throw fail(Kind.EMPTY, "answer without text");
        }
        return json(text);
    }

    /**
     * The text as one complete JSON value, without a surrounding {@code ```json} fence.
     *
     * @throws ProviderFailureException with MALFORMED when it is not one
     */
    public static String json(String text) {
        String candidate = text.strip();
        Matcher fence = FENCE.matcher(candidate);
        if (fence.matches()) {
            candidate = fence.group(1).strip();
        }
        if (candidate.isEmpty()) {
            throw fail(Kind.EMPTY, "answer without text");
        }
        try {
            JsonNode node = STRICT.readValue(candidate);
            if (node == null || node.isMissingNode()) {
                throw fail(Kind.MALFORMED, "answer is not JSON");
            }
            return candidate;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at character " + e.getLocation().getCharOffset();
            throw fail(Kind.MALFORMED, "answer is not one complete JSON value" + where);
        }
    }

    private static ProviderFailureException fail(Kind kind, String what) {
        return new ProviderFailureException(Failure.permanent(kind, what));
    }
}
