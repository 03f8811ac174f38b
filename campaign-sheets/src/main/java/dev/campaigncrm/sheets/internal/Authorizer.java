package dev.campaigncrm.sheets.internal;

import java.net.http.HttpRequest;

/** Adds credentials to a Sheets API request; implementations keep their secrets out of every message. */
public interface Authorizer {

    /** Adds the credential header for a request that needs the scope. */
    void authorize(HttpRequest.Builder request, Scope scope);

    /** Forgets any cached access token, so that the next request gets a new one (after a 401). */
    default void invalidate() {
    }

    /** The text with any secret this authorizer holds replaced by {@code [redacted]}. */
    default String redact(String text) {
        return text;
    }
}
