package dev.campaigncrm.sheets;

import dev.campaigncrm.retry.RetryPolicy;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.campaigncrm.sheets.internal.ApiKeyAuthorizer;
import dev.campaigncrm.sheets.internal.Authorizer;
import dev.campaigncrm.sheets.internal.ServiceAccountAuthorizer;
import dev.campaigncrm.sheets.internal.SheetsApi;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Where the Sheets API is and how to sign in to it, shared by {@link SheetsLeadSource} and {@link SheetsResultWriter}:
 * the base URL ({@code SHEETS_BASE_URL}, by default {@value #DEFAULT_BASE_URL}), the {@link SheetsAuth} and the
 * timeouts. Holds one HTTP client and the service account's cached access tokens; safe to share between threads.
 */
public final class SheetsConnection {

    /** The environment variable that moves the API, e.g. to a local fake in tests. */
    public static final String SHEETS_BASE_URL = "SHEETS_BASE_URL";
    /** Google's address of the Sheets API. */
    public static final String DEFAULT_BASE_URL = "https://sheets.googleapis.com";

    private final URI baseUrl;
    private final SheetsAuth auth;
    private final SheetsApi api;

    private SheetsConnection(Builder b) {
        this.baseUrl = b.baseUrl;
        this.auth = Objects.requireNonNull(b.auth, "auth: call .auth(SheetsAuth) or use fromEnvironment");
        // no redirects: the API does not send any, and a redirect must never carry a credential to another host
        HttpClient http = HttpClient.newBuilder().connectTimeout(b.timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        ObjectMapper json = new ObjectMapper();
        Authorizer authorizer = auth instanceof SheetsAuth.ServiceAccount sa
                ? new ServiceAccountAuthorizer(sa.key(), http, json, b.timeout, b.clock)
                : new ApiKeyAuthorizer(((SheetsAuth.ApiKey) auth).key());
        this.api = new SheetsApi(baseUrl, authorizer, http, json, b.timeout, b.retries);
    }

    /** A builder; {@link Builder#auth(SheetsAuth)} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A connection configured by the environment: {@code GOOGLE_APPLICATION_CREDENTIALS} or {@code SHEETS_API_KEY}
     * (see {@link SheetsAuth#fromEnvironment}) and {@code SHEETS_BASE_URL}.
     *
     * @throws SheetsException when no credential is set or the key file is not usable
     */
    public static SheetsConnection fromEnvironment(Map<String, String> env) {
        Builder b = builder().auth(SheetsAuth.fromEnvironment(env));
        String base = env.get(SHEETS_BASE_URL);
        if (base != null && !base.isBlank()) {
            b.baseUrl(base.strip());
        }
        return b.build();
    }

    /** The API's base URL. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** The credential used. */
    public SheetsAuth auth() {
        return auth;
    }

    /** The API address and who signs in, never a secret. */
    public String describe() {
        return "Sheets API at " + baseUrl + " as " + auth.describe();
    }

    /** The same as {@link #describe()}. */
    @Override
    public String toString() {
        return describe();
    }

    /** The client the source and the writer call through. */
    SheetsApi api() {
        return api;
    }

    /** Options for a {@link SheetsConnection}. */
    public static final class Builder {
        private URI baseUrl = URI.create(DEFAULT_BASE_URL);
        private SheetsAuth auth;
        private Duration timeout = Duration.ofSeconds(30);
        private RetryPolicy retries = RetryPolicy.exponential(3, Duration.ofMillis(500), 2);
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** How to sign in; required. */
        public Builder auth(SheetsAuth auth) {
            this.auth = Objects.requireNonNull(auth, "auth");
            return this;
        }

        /** The API's address; {@value SheetsConnection#DEFAULT_BASE_URL} by default. */
        public Builder baseUrl(String url) {
            URI uri;
            try {
                uri = URI.create(url);
            } catch (IllegalArgumentException e) {
                throw new SheetsException(SHEETS_BASE_URL + " is not a URL: '" + url + "'", 0, "CONFIGURATION");
            }
            if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null) {
                throw new SheetsException(SHEETS_BASE_URL + " must be an http(s) URL such as " + DEFAULT_BASE_URL
                        + ", got '" + url + "'", 0, "CONFIGURATION");
            }
            this.baseUrl = uri;
            return this;
        }

        /** The connect and per-request timeout; 30 seconds by default. */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * How often a read (and the final write, which is idempotent) is tried in all on 429, 5xx or a lost
         * connection (1 to 10), and the first wait, doubled each time; 3 and 500 ms by default.
         */
        public Builder retries(int attempts, Duration firstDelay) {
            this.retries = RetryPolicy.exponential(attempts, Objects.requireNonNull(firstDelay, "firstDelay"), 2);
            return this;
        }

        /** The clock the service-account assertions are dated by; the system clock by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Builds the connection; nothing is sent until a sheet is read or written. */
        public SheetsConnection build() {
            return new SheetsConnection(this);
        }
    }
}
