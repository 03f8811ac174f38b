package dev.campaigncrm.llm.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;

/**
 * One request a fake server received.
 *
 * @param receivedNanos {@link System#nanoTime()} when it arrived
 * @param method        the HTTP method
 * @param path          the request path (decoded, without the query)
 * @param query         the raw query string as sent (without the {@code ?}), empty when there is none
 * @param headers       the headers, lower-case names, with the key's header values replaced by {@code <redacted>}
 * @param body          the request body
 */
public record RecordedRequest(long receivedNanos, String method, String path, String query,
                              Map<String, List<String>> headers, String body) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Normalises a null query to empty. */
    public RecordedRequest {
        query = query == null ? "" : query;
    }

    /** A request without a query string. */
    public RecordedRequest(long receivedNanos, String method, String path, Map<String, List<String>> headers,
                           String body) {
        this(receivedNanos, method, path, "", headers, body);
    }

    /** The path and, when there is one, {@code ?} and the raw query: what a key sent as {@code ?key=} would be in. */
    public String uri() {
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** The body as JSON. */
    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("request body is not JSON", e);
        }
    }

    /** The first value of a header, or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
