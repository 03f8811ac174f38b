package dev.campaigncrm.llm.internal.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.campaigncrm.llm.LlmException.Kind;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * LangChain4j's HTTP seam, on the JDK's client, for one provider: it sends exactly one HTTP request per call (no
 * retries here; the provider retries and rate-limits around the model) and turns everything but a usable 2xx answer
 * into a {@link ProviderFailureException} that keeps what LangChain4j would drop: the status, {@code Retry-After},
 * Gemini's {@code RetryInfo}, a block or a cut-off in the answer. Error texts are redacted; headers are never logged.
 */
final class WireHttpClient implements HttpClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> RESTRICTED_HEADERS =
            Set.of("connection", "content-length", "expect", "host", "upgrade");

    private final java.net.http.HttpClient http;
    private final Duration readTimeout;
    private final WireFormat wire;
    private final Redactor redactor;
    private final TimeSource time;

    WireHttpClient(Duration connectTimeout, Duration readTimeout, WireFormat wire, Redactor redactor, TimeSource time) {
        this.http = java.net.http.HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build();
        this.readTimeout = readTimeout;
        this.wire = wire;
        this.redactor = redactor;
        this.time = time;
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        HttpResponse<String> response = send(toJdk(request));
        int status = response.statusCode();
        String body = response.body() == null ? "" : response.body();
        Optional<JsonNode> json = parse(body);
        if (status >= 200 && status < 300) {
            if (json.isEmpty()) {
                // e.g. a proxy's or captive portal's HTML page: asking again will not make it JSON
                throw new ProviderFailureException(Failure.permanent(Kind.MALFORMED,
                        "HTTP " + status + " with a body that is not the provider's JSON (a proxy or wrong base URL?)"));
            }
            json.flatMap(wire::inspectAnswer).ifPresent(f -> {
                throw new ProviderFailureException(f);
            });
            return SuccessfulHttpResponse.builder()
                    .statusCode(status)
                    .headers(response.headers().map())
                    .body(body)
                    .build();
        }
        Optional<Duration> headerDelay = response.headers().firstValue("Retry-After")
                .flatMap(v -> RetryAfter.fromHeader(v, time.now()));
        Optional<Duration> bodyDelay = json.flatMap(wire::retryDelay);
        String detail = status == 429 || status >= 500 ? "" : redactor.clean(json.map(wire::errorMessage).orElse(""));
        throw new ProviderFailureException(
                Failure.forStatus(status, RetryAfter.longer(headerDelay, bodyDelay), detail));
    }

    private HttpResponse<String> send(java.net.http.HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw new ProviderFailureException(Failure.temporary(Kind.TIMEOUT,
                    "no connection within " + seconds(http.connectTimeout().orElse(readTimeout)), Optional.empty()));
        } catch (HttpTimeoutException e) {
            throw new ProviderFailureException(Failure.temporary(Kind.TIMEOUT,
                    "no answer within " + seconds(readTimeout), Optional.empty()));
        } catch (IOException e) {
            throw new ProviderFailureException(Failure.temporary(Kind.NETWORK,
                    "cannot reach the server (" + e.getClass().getSimpleName() + ")", Optional.empty()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderFailureException(Failure.permanent(Kind.OTHER, "interrupted"));
        }
    }

    private java.net.http.HttpRequest toJdk(HttpRequest request) {
        String body = request.body() == null ? "" : request.body();
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(URI.create(request.url()))
                .timeout(readTimeout)
                .method(request.method().name(), body.isEmpty()
                        ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
            if (!RESTRICTED_HEADERS.contains(header.getKey().toLowerCase(java.util.Locale.ROOT))) {
                for (String value : header.getValue()) {
                    builder.header(header.getKey(), value);
                }
            }
        }
        return builder.build();
    }

    private static Optional<JsonNode> parse(String body) {
        if (body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(body));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        throw new UnsupportedOperationException("the campaign's providers do not stream");
    }
}
