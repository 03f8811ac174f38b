package dev.campaigncrm.sheets.internal;

import java.net.http.HttpRequest;
import java.util.Objects;

/**
 * Sends an API key in the {@code X-Goog-Api-Key} header rather than the {@code key} query parameter, so that it never
 * appears in a URL, a log line or an exception message. Reads link-shared sheets only: the API refuses writes.
 */
public final class ApiKeyAuthorizer implements Authorizer {

    private final String key;

    /** An authorizer sending this key. */
    public ApiKeyAuthorizer(String key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    /** Sets the {@code X-Goog-Api-Key} header; the scope does not apply to keys. */
    @Override
    public void authorize(HttpRequest.Builder request, Scope scope) {
        request.setHeader("X-Goog-Api-Key", key);
    }

    /** The text without the key. */
    @Override
    public String redact(String text) {
        return key.isEmpty() || text == null ? text : text.replace(key, "[redacted]");
    }

    /** Never the key itself. */
    @Override
    public String toString() {
        return "API key";
    }
}
