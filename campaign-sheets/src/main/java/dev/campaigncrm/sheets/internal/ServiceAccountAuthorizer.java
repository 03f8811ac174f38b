package dev.campaigncrm.sheets.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets access tokens for a service account with the OAuth 2.0 JWT bearer grant (RFC 7523): an RS256-signed assertion
 * (issuer the account, audience the key file's {@code token_uri}, one hour) is posted to that {@code token_uri}, and
 * the token is kept, per scope, until a minute before it expires. Thread-safe; the token and the assertion are never
 * logged nor put in a message.
 */
public final class ServiceAccountAuthorizer implements Authorizer {

    private static final Logger log = LoggerFactory.getLogger(ServiceAccountAuthorizer.class);
    private static final Duration LIFETIME = Duration.ofHours(1);
    private static final Duration MARGIN = Duration.ofMinutes(1);

    private final ServiceAccountKey key;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Duration timeout;
    private final Clock clock;
    private final Map<Scope, Token> tokens = new EnumMap<>(Scope.class);

    private record Token(String value, Instant expires) {
        @Override
        public String toString() {
            return "access token until " + expires;
        }
    }

    /** An authorizer for the account, posting to its token endpoint through {@code http}. */
    public ServiceAccountAuthorizer(ServiceAccountKey key, HttpClient http, ObjectMapper json, Duration timeout,
                                    Clock clock) {
        this.key = key;
        this.http = http;
        this.json = json;
        this.timeout = timeout;
        this.clock = clock;
    }

    /** Sets {@code Authorization: Bearer} with a token for the scope, getting one when none is fresh. */
    @Override
    public void authorize(HttpRequest.Builder request, Scope scope) {
        request.setHeader("Authorization", "Bearer " + token(scope));
    }

    /** Forgets every cached token. */
    @Override
    public synchronized void invalidate() {
        tokens.clear();
    }

    /** The text without any token this authorizer holds. */
    @Override
    public synchronized String redact(String text) {
        String out = text;
        for (Token t : tokens.values()) {
            out = out == null ? null : out.replace(t.value(), "[redacted]");
        }
        return out;
    }

    /** Names the account, never the key nor a token. */
    @Override
    public String toString() {
        return key.toString();
    }

    private synchronized String token(Scope scope) {
        Instant now = clock.instant();
        Token t = tokens.get(scope);
        if (t == null || !now.isBefore(t.expires().minus(MARGIN))) {
            t = exchange(scope, now);
            tokens.put(scope, t);
        }
        return t.value();
    }

    private Token exchange(Scope scope, Instant now) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "RS256");
        header.put("typ", "JWT");
        if (!key.keyId().isEmpty()) {
            header.put("kid", key.keyId());
        }
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", key.clientEmail());
        claims.put("scope", scope.uri());
        claims.put("aud", key.tokenUri().toString());
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(LIFETIME).getEpochSecond());
        String assertion = Jwt.rs256(header, claims, key.privateKey(), json);
        String form = "grant_type=" + URLEncoder.encode("urn:ietf:params:oauth:grant-type:jwt-bearer",
                StandardCharsets.UTF_8) + "&assertion=" + URLEncoder.encode(assertion, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(key.tokenUri())
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ApiError(0, "UNAVAILABLE", "could not reach the token endpoint " + key.tokenUri() + ": "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(0, "CANCELLED", "interrupted while getting an access token");
        }
        JsonNode body = parse(response.body());
        if (response.statusCode() / 100 != 2) {
            String error = body.path("error").isTextual() ? body.path("error").asText()
                    : "HTTP " + response.statusCode();
            String description = body.path("error_description").asText("");
            throw new ApiError(response.statusCode(), error, "the token endpoint " + key.tokenUri() + " refused "
                    + key.clientEmail() + (description.isEmpty() ? "" : ": " + description));
        }
        String value = body.path("access_token").asText("");
        if (value.isEmpty()) {
            throw new ApiError(response.statusCode(), "INVALID_RESPONSE", "the token endpoint " + key.tokenUri()
                    + " answered without an access_token");
        }
        long seconds = body.path("expires_in").asLong(LIFETIME.toSeconds());
        log.debug("Got an access token for {} ({}), valid {} s", key.clientEmail(), scope, seconds);
        return new Token(value, now.plusSeconds(seconds));
    }

    private JsonNode parse(String body) {
        try {
            JsonNode node = json.readTree(body == null ? "" : body);
            return node == null ? json.createObjectNode() : node;
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }
}
