package dev.campaigncrm.llm.internal.steps;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.campaigncrm.llm.LlmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading answers and writing quoted data as JSON, with immutable (thread-safe) Jackson readers and writers. */
public final class Json {

    // readers and writers are immutable; the mapper that makes them is not kept
    private static final ObjectReader READER = JsonMapper.builder().build().reader();
    private static final ObjectWriter WRITER = JsonMapper.builder().build().writer();
    private static final ObjectWriter PRETTY = JsonMapper.builder().build().writerWithDefaultPrettyPrinter();

    private Json() {
    }

    /** The answer as a tree; {@code MALFORMED} when it is not JSON. */
    public static JsonNode parse(String json) throws LlmException {
        try {
            JsonNode node = READER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new LlmException(LlmException.Kind.EMPTY, "empty answer");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new LlmException(LlmException.Kind.MALFORMED, "answer is not JSON (" + e.getOriginalMessage()
                    .lines().findFirst().orElse("parse error") + ")");
        }
    }

    /** A value (maps, lists, strings, numbers) as compact JSON. */
    public static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not writable as JSON: " + value.getClass().getName(), e);
        }
    }

    /** A value as indented JSON, for prompts people may read. */
    public static String pretty(Object value) {
        try {
            return PRETTY.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not writable as JSON: " + value.getClass().getName(), e);
        }
    }

    /** The object's required text field. */
    public static String text(JsonNode object, String field) throws InvalidAnswer {
        JsonNode v = object.get(field);
        if (v == null || !v.isTextual()) {
            throw new InvalidAnswer("'" + field + "' missing or not text");
        }
        return v.asText();
    }

    /** The object's required integer field. */
    public static int integer(JsonNode object, String field) throws InvalidAnswer {
        JsonNode v = object.get(field);
        if (v == null || !v.isNumber() || !v.canConvertToInt() || v.asDouble() != Math.rint(v.asDouble())) {
            throw new InvalidAnswer("'" + field + "' missing or not an integer");
        }
        return v.asInt();
    }

    /** The object's required number field, 0–1. */
    public static double unit(JsonNode object, String field) throws InvalidAnswer {
        JsonNode v = object.get(field);
        if (v == null || !v.isNumber()) {
            throw new InvalidAnswer("'" + field + "' missing or not a number");
        }
        double d = v.asDouble();
        if (!(d >= 0 && d <= 1)) {
            throw new InvalidAnswer("'" + field + "' " + d + " is outside 0..1");
        }
        return d;
    }

    /** The object's array field as a list of texts; empty when absent. */
    public static List<String> texts(JsonNode object, String field) throws InvalidAnswer {
        JsonNode v = object.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new InvalidAnswer("'" + field + "' is not an array");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : v) {
            if (!e.isTextual()) {
                throw new InvalidAnswer("'" + field + "' holds a non-text item");
            }
            out.add(e.asText());
        }
        return out;
    }

    /** The object's array field; empty when absent. */
    public static List<JsonNode> array(JsonNode object, String field) throws InvalidAnswer {
        JsonNode v = object.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new InvalidAnswer("'" + field + "' is not an array");
        }
        List<JsonNode> out = new ArrayList<>();
        v.forEach(out::add);
        return out;
    }

    /** The answer's object for one item of a batch: the element of {@code field} whose {@code key} matches. */
    public static Optional<JsonNode> keyed(JsonNode root, String field, String key) {
        JsonNode v = root.get(field);
        if (v == null || !v.isArray()) {
            return Optional.empty();
        }
        JsonNode found = null;
        for (JsonNode e : v) {
            JsonNode k = e.get("key");
            if (e.isObject() && k != null && key.equals(k.asText())) {
                if (found != null) {
                    return Optional.empty();
                }
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }
}
