package dev.campaigncrm.llm.internal.provider;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import java.time.Duration;
import java.util.Objects;

/** Builds a {@link WireHttpClient}; handed to LangChain4j's model builders as their {@code httpClientBuilder}. */
public final class WireHttpClientBuilder implements HttpClientBuilder {

    private final WireFormat wire;
    private final Redactor redactor;
    private final TimeSource time;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);

    /** A builder for one provider's wire format, secrets and clock. */
    public WireHttpClientBuilder(WireFormat wire, Redactor redactor, TimeSource time) {
        this.wire = Objects.requireNonNull(wire, "wire");
        this.redactor = Objects.requireNonNull(redactor, "redactor");
        this.time = Objects.requireNonNull(time, "time");
    }

    @Override
    public Duration connectTimeout() {
        return connectTimeout;
    }

    @Override
    public WireHttpClientBuilder connectTimeout(Duration timeout) {
        if (timeout != null) {
            this.connectTimeout = timeout;
        }
        return this;
    }

    @Override
    public Duration readTimeout() {
        return readTimeout;
    }

    @Override
    public WireHttpClientBuilder readTimeout(Duration timeout) {
        if (timeout != null) {
            this.readTimeout = timeout;
        }
        return this;
    }

    @Override
    public HttpClient build() {
        return new WireHttpClient(connectTimeout, readTimeout, wire, redactor, time);
    }
}
