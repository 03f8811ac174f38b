package dev.campaigncrm.sheets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A local stand-in for the Sheets API v4 and Google's OAuth token endpoint, speaking their wire format: the JSON of
 * {@code spreadsheets.get}, {@code spreadsheets.values.get}, {@code spreadsheets.batchUpdate} ({@code addSheet},
 * {@code appendDimension}), {@code values.clear} and {@code values.batchUpdate}, errors as
 * {@code {"error":{"code":..,"message":..,"status":..}}}, and the JWT bearer grant, whose assertion must be an RS256
 * JWT signed with this fake's key for its service account, with the token endpoint as audience. Like the real API,
 * it refuses writes with an API key or a read-only token, enforces grid limits, and under
 * {@code valueInputOption=USER_ENTERED} turns text starting with {@code =} into a formula. Use it as
 * {@code @RegisterExtension final FakeSheetsApi fake = FakeSheetsApi.start();} (stopped after each test) or in a
 * try-with-resources block.
 */
public final class FakeSheetsApi implements AutoCloseable, AfterEachCallback {

    static final String API_KEY = "AIzaFakeKey-0123456789abcdef";
    static final String CLIENT_EMAIL = "campaign-bot@test-project.iam.gserviceaccount.com";
    static final String KEY_ID = "0f1e2d3c4b5a";
    static final String TOKEN_PATH = "/oauth2/v4/token-for-tests";
    static final String READ_SCOPE = "https://www.googleapis.com/auth/spreadsheets.readonly";
    static final String WRITE_SCOPE = "https://www.googleapis.com/auth/spreadsheets";

    private final HttpServer server;
    private final ObjectMapper json = new ObjectMapper();
    private final KeyPair accountKey;
    private final Map<String, Spreadsheet> spreadsheets = new ConcurrentHashMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger tokenExchanges = new AtomicInteger();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<String> failNext = new CopyOnWriteArrayList<>();

    /** One request as received: method, decoded path, raw query, body, and the headers the test may look at. */
    record Request(String method, String path, String query, String body, String authorization, String apiKey) {
    }

    /** A spreadsheet: its tabs in order, and who may read it. */
    public static final class Spreadsheet {
        public final Map<String, Tab> tabs = new LinkedHashMap<>();
        boolean linkShared = true;
        boolean sharedWithAccount = true;
        private int nextSheetId;

        /** Adds a tab with these rows (row-major; null or missing cells are empty). */
        public Tab tab(String title, List<List<Object>> rows) {
            Tab t = new Tab(nextSheetId++, title);
            rows.forEach(r -> t.cells.add(new ArrayList<>(r)));
            tabs.put(title, t);
            return t;
        }
    }

    /** A tab: cells, grid size, and the cells that hold formulas. */
    public static final class Tab {
        final int sheetId;
        final String title;
        public final List<List<Object>> cells = new ArrayList<>();
        final Set<String> formulas = new HashSet<>();
        long rowCount = 1000;
        long columnCount = 26;
        int frozenRows;

        Tab(int sheetId, String title) {
            this.sheetId = sheetId;
            this.title = title;
        }

        /** The rows without trailing empty cells and rows, as the API returns them. */
        List<List<Object>> trimmed() {
            List<List<Object>> out = new ArrayList<>();
            for (List<Object> row : cells) {
                List<Object> r = new ArrayList<>(row);
                while (!r.isEmpty() && (r.get(r.size() - 1) == null || "".equals(r.get(r.size() - 1)))) {
                    r.remove(r.size() - 1);
                }
                out.add(r);
            }
            while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
                out.remove(out.size() - 1);
            }
            return out;
        }
    }

    /** The account's key pair, made once per test JVM: generating RSA keys is the slow part of these tests. */
    private static final class AccountKey {
        static final KeyPair PAIR = rsaKeyPair();
    }

    /** A key pair the token endpoint does not know, made on first use. */
    private static final class StrangerKey {
        static final KeyPair PAIR = rsaKeyPair();
    }

    /** A fresh 2048-bit RSA key pair. */
    static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
            gen.initialize(2048);
            return gen.generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A key pair that is not the account's. */
    static KeyPair strangerKey() {
        return StrangerKey.PAIR;
    }

    private FakeSheetsApi() throws IOException {
        this.accountKey = AccountKey.PAIR;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts a fake on 127.0.0.1 on a free port. */
    public static FakeSheetsApi start() {
        try {
            return new FakeSheetsApi();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The base URL to give as {@code SHEETS_BASE_URL}. */
    String baseUrl() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    /** The token endpoint, as the key file's {@code token_uri}. */
    String tokenUri() {
        return baseUrl() + TOKEN_PATH;
    }

    /** A new spreadsheet with this id. */
    public Spreadsheet spreadsheet(String id) {
        return spreadsheets.computeIfAbsent(id, k -> new Spreadsheet());
    }

    /** Every request received, in order. */
    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** How many assertions were exchanged for tokens. */
    int tokenExchanges() {
        return tokenExchanges.get();
    }

    /** Answers the next request to a path containing {@code pathPart} with 503 UNAVAILABLE. */
    void failOnceWith503(String pathPart) {
        failNext.add(pathPart);
    }

    /** A service-account key file for this fake's account, signed with its key unless {@code otherKey} is given. */
    public Path writeKeyFile(Path dir, KeyPair otherKey) throws IOException {
        KeyPair pair = otherKey != null ? otherKey : accountKey;
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        ObjectNode file = json.createObjectNode();
        file.put("type", "service_account");
        file.put("project_id", "test-project");
        file.put("private_key_id", KEY_ID);
        file.put("private_key", pem);
        file.put("client_email", CLIENT_EMAIL);
        file.put("client_id", "1234567890");
        file.put("auth_uri", "https://accounts.google.com/o/oauth2/auth");
        file.put("token_uri", tokenUri());
        Path path = dir.resolve("service-account.json");
        Files.writeString(path, json.writerWithDefaultPrettyPrinter().writeValueAsString(file));
        return path;
    }

    /** The environment of a run signed in as the service account. */
    public Map<String, String> serviceAccountEnv(Path keyFile) {
        return Map.of(SheetsAuth.GOOGLE_APPLICATION_CREDENTIALS, keyFile.toString(),
                SheetsConnection.SHEETS_BASE_URL, baseUrl());
    }

    /** The environment of a run signed in with the API key. */
    Map<String, String> apiKeyEnv() {
        return Map.of(SheetsAuth.SHEETS_API_KEY, API_KEY, SheetsConnection.SHEETS_BASE_URL, baseUrl());
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** Stops the server after each test when registered as an extension. */
    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    // ---- the wire ----

    private void handle(HttpExchange ex) throws IOException {
        try {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String rawPath = ex.getRequestURI().getRawPath();
            requests.add(new Request(ex.getRequestMethod(), decode(rawPath), ex.getRequestURI().getRawQuery(), body,
                    ex.getRequestHeaders().getFirst("Authorization"), ex.getRequestHeaders().getFirst("X-Goog-Api-Key")));
            for (String part : failNext) {
                if (rawPath.contains(part)) {
                    failNext.remove(part);
                    error(ex, 503, "UNAVAILABLE", "The service is currently unavailable.");
                    return;
                }
            }
            if (rawPath.equals(TOKEN_PATH) && ex.getRequestMethod().equals("POST")) {
                token(ex, body);
            } else if (rawPath.startsWith("/v4/spreadsheets/")) {
                api(ex, rawPath.substring("/v4/spreadsheets/".length()), body);
            } else {
                error(ex, 404, "NOT_FOUND", "Not found: " + rawPath);
            }
        } catch (RuntimeException e) {
            error(ex, 500, "INTERNAL", "fake failed: " + e);
        } finally {
            ex.close();
        }
    }

    private void token(HttpExchange ex, String form) throws IOException {
        Map<String, String> params = new HashMap<>();
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
            }
        }
        if (!"urn:ietf:params:oauth:grant-type:jwt-bearer".equals(params.get("grant_type"))) {
            oauthError(ex, "unsupported_grant_type", "Invalid grant_type: " + params.get("grant_type"));
            return;
        }
        String problem = checkAssertion(String.valueOf(params.get("assertion")));
        if (problem != null) {
            oauthError(ex, "invalid_grant", problem);
            return;
        }
        JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(params.get("assertion").split("\\.")[1]));
        String token = "ya29.fake-" + tokenExchanges.incrementAndGet();
        tokens.put(token, claims.path("scope").asText());
        ObjectNode answer = json.createObjectNode();
        answer.put("access_token", token);
        answer.put("expires_in", 3599);
        answer.put("token_type", "Bearer");
        send(ex, 200, answer);
    }

    /** Null when the assertion is an RS256 JWT signed with the account's key, for the account and this endpoint. */
    private String checkAssertion(String jwt) throws IOException {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            return "Invalid JWT: Token must be a short-lived token and in a reasonable timeframe.";
        }
        JsonNode header = json.readTree(Base64.getUrlDecoder().decode(parts[0]));
        JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(parts[1]));
        if (!"RS256".equals(header.path("alg").asText()) || !KEY_ID.equals(header.path("kid").asText())) {
            return "Invalid JWT header: alg must be RS256 with the key's kid.";
        }
        if (!verify(parts[0] + "." + parts[1], Base64.getUrlDecoder().decode(parts[2]), accountKey.getPublic())) {
            return "Invalid JWT Signature.";
        }
        long now = Instant.now().getEpochSecond();
        long iat = claims.path("iat").asLong();
        long exp = claims.path("exp").asLong();
        if (iat > now + 300 || exp < now || exp - iat > 3600) {
            return "Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe.";
        }
        if (!CLIENT_EMAIL.equals(claims.path("iss").asText())) {
            return "Invalid email or User ID";
        }
        if (!tokenUri().equals(claims.path("aud").asText())) {
            return "Invalid JWT: audience must be " + tokenUri();
        }
        String scope = claims.path("scope").asText();
        if (!scope.equals(READ_SCOPE) && !scope.equals(WRITE_SCOPE)) {
            return "Invalid OAuth scope or ID token audience provided.";
        }
        return null;
    }

    private static boolean verify(String input, byte[] signature, PublicKey key) {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(key);
            rsa.update(input.getBytes(StandardCharsets.US_ASCII));
            return rsa.verify(signature);
        } catch (Exception e) {
            return false;
        }
    }

    private void api(HttpExchange ex, String rest, String body) throws IOException {
        boolean write = !ex.getRequestMethod().equals("GET");
        String id;
        String op;
        String range = null;
        int values = rest.indexOf("/values");
        if (rest.endsWith("/values:batchUpdate")) {
            id = rest.substring(0, values);
            op = "values.batchUpdate";
        } else if (values >= 0) {
            id = rest.substring(0, values);
            String r = rest.substring(values + "/values/".length());
            op = r.endsWith(":clear") ? "values.clear" : "values.get";
            range = decode(r.endsWith(":clear") ? r.substring(0, r.length() - ":clear".length()) : r);
        } else if (rest.endsWith(":batchUpdate")) {
            id = rest.substring(0, rest.length() - ":batchUpdate".length());
            op = "batchUpdate";
        } else {
            id = rest;
            op = "get";
        }
        id = decode(id);
        if (!authorized(ex, write, spreadsheets.get(id))) {
            return;
        }
        Spreadsheet s = spreadsheets.get(id);
        if (s == null) {
            error(ex, 404, "NOT_FOUND", "Requested entity was not found.");
            return;
        }
        switch (op) {
            case "get" -> send(ex, 200, metadata(s));
            case "values.get" -> valuesGet(ex, s, range, ex.getRequestURI().getRawQuery());
            case "values.clear" -> valuesClear(ex, id, s, range);
            case "batchUpdate" -> batchUpdate(ex, id, s, json.readTree(body));
            default -> valuesBatchUpdate(ex, id, s, json.readTree(body));
        }
    }

    /** False (and the answer sent) when the request's credential may not do this. */
    private boolean authorized(HttpExchange ex, boolean write, Spreadsheet s) throws IOException {
        String bearer = ex.getRequestHeaders().getFirst("Authorization");
        String key = ex.getRequestHeaders().getFirst("X-Goog-Api-Key");
        if (bearer != null && bearer.startsWith("Bearer ") && tokens.containsKey(bearer.substring(7))) {
            String scope = tokens.get(bearer.substring(7));
            if (write && !scope.equals(WRITE_SCOPE)) {
                error(ex, 403, "PERMISSION_DENIED", "Request had insufficient authentication scopes.");
                return false;
            }
            if (s != null && !s.sharedWithAccount) {
                error(ex, 403, "PERMISSION_DENIED", "The caller does not have permission");
                return false;
            }
            return true;
        }
        if (bearer == null && API_KEY.equals(key)) {
            if (write) {
                error(ex, 401, "UNAUTHENTICATED", "API keys are not supported by this API. Expected OAuth2 access "
                        + "token or other authentication credentials that assert a principal.");
                return false;
            }
            if (s != null && !s.linkShared) {
                error(ex, 403, "PERMISSION_DENIED", "The caller does not have permission");
                return false;
            }
            return true;
        }
        if (key != null) {
            error(ex, 400, "INVALID_ARGUMENT", "API key not valid. Please pass a valid API key.");
            return false;
        }
        error(ex, 401, "UNAUTHENTICATED", "Request is missing required authentication credential. Expected OAuth 2 "
                + "access token, login cookie or other valid authentication credential.");
        return false;
    }

    private ObjectNode metadata(Spreadsheet s) {
        ObjectNode out = json.createObjectNode();
        ArrayNode sheets = out.putArray("sheets");
        int index = 0;
        for (Tab t : s.tabs.values()) {
            sheets.addObject().set("properties", properties(t, index++));
        }
        return out;
    }

    private ObjectNode properties(Tab t, int index) {
        ObjectNode p = json.createObjectNode();
        p.put("sheetId", t.sheetId);
        p.put("title", t.title);
        p.put("index", index);
        p.put("sheetType", "GRID");
        ObjectNode g = p.putObject("gridProperties");
        g.put("rowCount", t.rowCount);
        g.put("columnCount", t.columnCount);
        if (t.frozenRows > 0) {
            g.put("frozenRowCount", t.frozenRows);
        }
        return p;
    }

    /** The tab a range names ({@code 'Tab'}, {@code Tab}, {@code 'Tab'!A1}), or null. */
    private static Tab tabOf(Spreadsheet s, String range) {
        String title;
        if (range.startsWith("'")) {
            StringBuilder t = new StringBuilder();
            int i = 1;
            while (i < range.length()) {
                char c = range.charAt(i);
                if (c == '\'' && i + 1 < range.length() && range.charAt(i + 1) == '\'') {
                    t.append('\'');
                    i += 2;
                } else if (c == '\'') {
                    break;
                } else {
                    t.append(c);
                    i++;
                }
            }
            title = t.toString();
        } else {
            int bang = range.indexOf('!');
            title = bang >= 0 ? range.substring(0, bang) : range;
        }
        return s.tabs.get(title);
    }

    private static String quoted(String title) {
        return title.matches("[A-Za-z0-9_]+") ? title : "'" + title.replace("'", "''") + "'";
    }

    private void valuesGet(HttpExchange ex, Spreadsheet s, String range, String query) throws IOException {
        Tab t = tabOf(s, range);
        if (t == null) {
            error(ex, 400, "INVALID_ARGUMENT", "Unable to parse range: " + range);
            return;
        }
        boolean formatted = query == null || !query.contains("valueRenderOption=UNFORMATTED_VALUE");
        List<List<Object>> rows = t.trimmed();
        ObjectNode out = json.createObjectNode();
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        out.put("range", quoted(t.title) + "!A1:" + column(Math.max(width, 1)) + Math.max(rows.size(), 1));
        out.put("majorDimension", "ROWS");
        if (!rows.isEmpty()) {
            ArrayNode vs = out.putArray("values");
            for (List<Object> row : rows) {
                ArrayNode r = vs.addArray();
                for (Object c : row) {
                    if (c == null) {
                        r.add("");
                    } else if (formatted || !(c instanceof Number)) {
                        r.add(String.valueOf(c));
                    } else {
                        r.addPOJO(c);
                    }
                }
            }
        }
        send(ex, 200, out);
    }

    private void valuesClear(HttpExchange ex, String id, Spreadsheet s, String range) throws IOException {
        Tab t = tabOf(s, range);
        if (t == null) {
            error(ex, 400, "INVALID_ARGUMENT", "Unable to parse range: " + range);
            return;
        }
        t.cells.clear();
        t.formulas.clear();
        ObjectNode out = json.createObjectNode();
        out.put("spreadsheetId", id);
        out.put("clearedRange", quoted(t.title) + "!A1:" + column((int) t.columnCount) + t.rowCount);
        send(ex, 200, out);
    }

    private void batchUpdate(HttpExchange ex, String id, Spreadsheet s, JsonNode body) throws IOException {
        ObjectNode out = json.createObjectNode();
        out.put("spreadsheetId", id);
        ArrayNode replies = out.putArray("replies");
        int i = 0;
        for (JsonNode request : body.path("requests")) {
            if (request.has("addSheet")) {
                JsonNode p = request.path("addSheet").path("properties");
                String title = p.path("title").asText();
                if (s.tabs.containsKey(title)) {
                    error(ex, 400, "INVALID_ARGUMENT", "Invalid requests[" + i + "].addSheet: A sheet with the name \""
                            + title + "\" already exists. Please enter another name.");
                    return;
                }
                Tab t = s.tab(title, List.of());
                JsonNode g = p.path("gridProperties");
                t.rowCount = g.path("rowCount").asLong(1000);
                t.columnCount = g.path("columnCount").asLong(26);
                t.frozenRows = g.path("frozenRowCount").asInt(0);
                replies.addObject().putObject("addSheet").set("properties", properties(t, s.tabs.size() - 1));
            } else if (request.has("appendDimension")) {
                JsonNode a = request.path("appendDimension");
                Tab t = s.tabs.values().stream().filter(x -> x.sheetId == a.path("sheetId").asInt()).findFirst()
                        .orElse(null);
                if (t == null) {
                    error(ex, 400, "INVALID_ARGUMENT", "Invalid requests[" + i + "].appendDimension: No grid with id: "
                            + a.path("sheetId").asInt());
                    return;
                }
                if (a.path("dimension").asText().equals("ROWS")) {
                    t.rowCount += a.path("length").asLong();
                } else {
                    t.columnCount += a.path("length").asLong();
                }
                replies.addObject();
            } else {
                error(ex, 400, "INVALID_ARGUMENT", "Invalid requests[" + i + "]: the fake knows addSheet and "
                        + "appendDimension only");
                return;
            }
            i++;
        }
        send(ex, 200, out);
    }

    private void valuesBatchUpdate(HttpExchange ex, String id, Spreadsheet s, JsonNode body) throws IOException {
        String input = body.path("valueInputOption").asText("");
        if (!input.equals("RAW") && !input.equals("USER_ENTERED")) {
            error(ex, 400, "INVALID_ARGUMENT", "Invalid valueInputOption: '" + input + "'");
            return;
        }
        long cells = 0;
        long rowsWritten = 0;
        ArrayNode responses = json.createArrayNode();
        for (JsonNode data : body.path("data")) {
            String range = data.path("range").asText();
            Tab t = tabOf(s, range);
            if (t == null || !range.endsWith("!A1")) {
                error(ex, 400, "INVALID_ARGUMENT", "Unable to parse range: " + range);
                return;
            }
            JsonNode rows = data.path("values");
            int width = 0;
            for (JsonNode r : rows) {
                width = Math.max(width, r.size());
            }
            if (rows.size() > t.rowCount || width > t.columnCount) {
                error(ex, 400, "INVALID_ARGUMENT", "Range (" + quoted(t.title) + "!A1:" + column(width) + rows.size()
                        + ") exceeds grid limits. Max rows: " + t.rowCount + ", max columns: " + t.columnCount);
                return;
            }
            for (int r = 0; r < rows.size(); r++) {
                while (t.cells.size() <= r) {
                    t.cells.add(new ArrayList<>());
                }
                List<Object> row = t.cells.get(r);
                JsonNode cellsIn = rows.get(r);
                for (int c = 0; c < cellsIn.size(); c++) {
                    while (row.size() <= c) {
                        row.add("");
                    }
                    JsonNode v = cellsIn.get(c);
                    Object value = v.isNumber() ? (Object) v.numberValue() : v.asText();
                    row.set(c, value);
                    if (input.equals("USER_ENTERED") && value instanceof String text && text.startsWith("=")) {
                        t.formulas.add(column(c + 1) + (r + 1));
                    }
                    cells++;
                }
            }
            rowsWritten += rows.size();
            ObjectNode resp = responses.addObject();
            resp.put("spreadsheetId", id);
            resp.put("updatedRange", quoted(t.title) + "!A1:" + column(Math.max(width, 1)) + rows.size());
            resp.put("updatedRows", rows.size());
            resp.put("updatedColumns", width);
            resp.put("updatedCells", cells);
        }
        ObjectNode out = json.createObjectNode();
        out.put("spreadsheetId", id);
        out.put("totalUpdatedRows", rowsWritten);
        out.put("totalUpdatedCells", cells);
        out.put("totalUpdatedSheets", responses.size());
        out.set("responses", responses);
        send(ex, 200, out);
    }

    static String column(int n) {
        StringBuilder s = new StringBuilder();
        for (int x = n; x > 0; x = (x - 1) / 26) {
            s.insert(0, (char) ('A' + (x - 1) % 26));
        }
        return s.toString();
    }

    private void error(HttpExchange ex, int code, String status, String message) throws IOException {
        ObjectNode out = json.createObjectNode();
        ObjectNode e = out.putObject("error");
        e.put("code", code);
        e.put("message", message);
        e.put("status", status);
        send(ex, code, out);
    }

    private void oauthError(HttpExchange ex, String error, String description) throws IOException {
        ObjectNode out = json.createObjectNode();
        out.put("error", error);
        out.put("error_description", description);
        send(ex, 400, out);
    }

    private void send(HttpExchange ex, int code, JsonNode body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        ex.sendResponseHeaders(code, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The address of the fake, for messages. */
    URI uri() {
        return URI.create(baseUrl());
    }
}
