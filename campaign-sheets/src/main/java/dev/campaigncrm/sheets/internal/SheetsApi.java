package dev.campaigncrm.sheets.internal;

import dev.campaigncrm.retry.RetryPolicy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The few calls of the Sheets API v4 this module makes, over the JDK's HttpClient: {@code spreadsheets.get} (tab
 * names and sizes), {@code spreadsheets.values.get}, {@code spreadsheets.batchUpdate}, {@code values.clear} and
 * {@code values.batchUpdate}. Reads are tried again on 429 and 5xx answers and on lost connections; a 401 drops the
 * cached token and is tried once more. Errors come as {@link ApiError}s with the API's own status and message.
 */
public final class SheetsApi {

    private static final Logger log = LoggerFactory.getLogger(SheetsApi.class);

    private final String base;
    private final Authorizer auth;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Duration timeout;
    private final RetryPolicy retries;

    /** One tab: its id, title and grid size. */
    public record Tab(long sheetId, String title, long rowCount, long columnCount) {
    }

    /**
     * A client of the API at {@code baseUrl} (e.g. {@code https://sheets.googleapis.com}).
     *
     * @param retries how often a read (and the idempotent final write) is tried, and the waits between tries
     */
    public SheetsApi(URI baseUrl, Authorizer auth, HttpClient http, ObjectMapper json, Duration timeout,
                     RetryPolicy retries) {
        String b = baseUrl.toString();
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
        this.auth = auth;
        this.http = http;
        this.json = json;
        this.timeout = timeout;
        this.retries = retries;
    }

    /** {@code spreadsheets.values.get}: the cells of a range, rows first, as the API renders them. */
    public JsonNode values(String spreadsheetId, String range, String valueRenderOption) {
        String path = spreadsheet(spreadsheetId) + "/values/" + segment(range) + "?majorDimension=ROWS"
                + "&valueRenderOption=" + valueRenderOption + "&dateTimeRenderOption=FORMATTED_STRING";
        return call("GET", path, null, Scope.READ, true);
    }

    /** {@code spreadsheets.get}: every tab's id, title and grid size. */
    public List<Tab> tabs(String spreadsheetId, Scope scope) {
        String fields = "sheets.properties(sheetId,title,gridProperties(rowCount,columnCount))";
        JsonNode body = call("GET", spreadsheet(spreadsheetId) + "?fields=" + query(fields), null, scope, true);
        List<Tab> tabs = new ArrayList<>();
        for (JsonNode sheet : body.path("sheets")) {
            JsonNode p = sheet.path("properties");
            tabs.add(new Tab(p.path("sheetId").asLong(), p.path("title").asText(),
                    p.path("gridProperties").path("rowCount").asLong(), p.path("gridProperties").path("columnCount")
                    .asLong()));
        }
        return tabs;
    }

    /** {@code spreadsheets.batchUpdate}: structural requests ({@code addSheet}, {@code appendDimension}) at once. */
    public JsonNode batchUpdate(String spreadsheetId, ArrayNode requests) {
        ObjectNode body = json.createObjectNode();
        body.set("requests", requests);
        return call("POST", spreadsheet(spreadsheetId) + ":batchUpdate", body, Scope.WRITE, false);
    }

    /** {@code spreadsheets.values.clear}: empties a range, keeping its formatting. */
    public JsonNode clear(String spreadsheetId, String range) {
        return call("POST", spreadsheet(spreadsheetId) + "/values/" + segment(range) + ":clear",
                json.createObjectNode(), Scope.WRITE, true);
    }

    /**
     * {@code spreadsheets.values.batchUpdate} with one range and {@code valueInputOption=RAW}: every value is stored
     * as given, so that text such as {@code =HYPERLINK(...)} stays text and never becomes a formula.
     */
    public JsonNode writeRaw(String spreadsheetId, String range, List<List<Object>> rows) {
        ObjectNode body = json.createObjectNode();
        body.put("valueInputOption", "RAW");
        ObjectNode data = body.putArray("data").addObject();
        data.put("range", range);
        data.put("majorDimension", "ROWS");
        data.set("values", json.valueToTree(rows));
        return call("POST", spreadsheet(spreadsheetId) + "/values:batchUpdate", body, Scope.WRITE, true);
    }

    /** A new, empty JSON array for {@link #batchUpdate} requests. */
    public ArrayNode requests() {
        return json.createArrayNode();
    }

    private static String spreadsheet(String id) {
        return "/v4/spreadsheets/" + segment(id);
    }

    /** A path segment: all but unreserved characters percent-encoded, so {@code / : ! '} reach the API intact. */
    private static String segment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String query(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private JsonNode call(String method, String path, JsonNode body, Scope scope, boolean retry) {
        URI uri = URI.create(base + path);
        boolean reauthorized = false;
        for (int attempt = 1; ; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                    .header("Accept", "application/json");
            if (body == null) {
                request.GET();
            } else {
                request.header("Content-Type", "application/json; charset=UTF-8")
                        .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
            }
            auth.authorize(request, scope);
            HttpResponse<String> response;
            try {
                log.debug("{} {}", method, uri);
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                if (retry && retries.allowsAnotherAfter(attempt)) {
                    pause(attempt, method, uri, e.getClass().getSimpleName());
                    continue;
                }
                throw new ApiError(0, "UNAVAILABLE", auth.redact("no answer from " + base + ": "
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ApiError(0, "CANCELLED", "interrupted while calling " + base);
            }
            int code = response.statusCode();
            if (code / 100 == 2) {
                return parse(response.body(), code);
            }
            ApiError error = error(response);
            if (code == 401 && !reauthorized) {
                reauthorized = true;
                auth.invalidate();
                attempt--;
                continue;
            }
            if (retry && (code == 429 || code >= 500) && retries.allowsAnotherAfter(attempt)) {
                pause(attempt, method, uri, code + " " + error.status());
                continue;
            }
            throw error;
        }
    }

    private void pause(int attempt, String method, URI uri, String why) {
        Duration wait = retries.backoffAfter(attempt);
        log.info("{} {} failed ({}), trying again in {} ms", method, uri.getPath(), why, wait.toMillis());
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(0, "CANCELLED", "interrupted while waiting to try " + base + " again");
        }
    }

    private JsonNode parse(String text, int code) {
        try {
            JsonNode node = json.readTree(text == null || text.isBlank() ? "{}" : text);
            return node == null ? json.createObjectNode() : node;
        } catch (IOException e) {
            throw new ApiError(code, "INVALID_RESPONSE", "the answer from " + base + " is not JSON");
        }
    }

    /** The API's {@code {"error":{"code":..,"message":..,"status":..}}}, or the status line when the body is not it. */
    private ApiError error(HttpResponse<String> response) {
        JsonNode err;
        try {
            JsonNode node = json.readTree(response.body() == null ? "" : response.body());
            err = node == null ? null : node.get("error");
        } catch (IOException e) {
            err = null;
        }
        int code = response.statusCode();
        if (err != null && err.isObject()) {
            return new ApiError(code, err.path("status").asText("HTTP " + code),
                    auth.redact(err.path("message").asText("")));
        }
        String text = response.body() == null ? "" : response.body().strip();
        String shown = text.length() > 200 ? text.substring(0, 200) + "..." : text;
        return new ApiError(code, "HTTP " + code, auth.redact(shown));
    }
}
