package dev.campaigncrm.llm.provider;

import dev.campaigncrm.llm.LlmProvider;
import dev.campaigncrm.llm.internal.provider.LimitedLlmProvider;
import dev.campaigncrm.llm.internal.provider.Redactor;
import dev.campaigncrm.llm.internal.provider.WireFormat;
import dev.campaigncrm.llm.internal.provider.WireHttpClientBuilder;
import dev.langchain4j.model.chat.ChatModel;
import java.time.Duration;
import java.util.Objects;

/**
 * A provider reached over HTTP: key, model, base URL (overridable for proxies, self-hosting and tests) and a per-request
 * timeout, on top of the shared limits. The key goes only into the request's header: never into the label, a log line
 * or an exception message.
 *
 * @param <B> the concrete builder
 */
public abstract class RemoteProviderBuilder<B extends RemoteProviderBuilder<B>> extends LlmProviderBuilder<B> {

    /** The default time allowed for one HTTP request. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private final String labelPrefix;
    private String apiKey;
    private String model;
    private String baseUrl;
    private Duration timeout = DEFAULT_TIMEOUT;

    RemoteProviderBuilder(String labelPrefix, String defaultModel, String defaultBaseUrl, int defaultRpm) {
        super(defaultRpm);
        this.labelPrefix = labelPrefix;
        this.model = defaultModel;
        this.baseUrl = defaultBaseUrl;
    }

    /** The API key or token. */
    public B apiKey(String key) {
        this.apiKey = key;
        return self();
    }

    /** The model's name as the provider spells it. */
    public B model(String modelName) {
        this.model = requireText(modelName, "model");
        return self();
    }

    /** The API's base URL (e.g. a proxy, a self-hosted server, or a fake server in tests). */
    public B baseUrl(String url) {
        this.baseUrl = stripTrailingSlash(requireText(url, "baseUrl"));
        return self();
    }

    /** The time allowed for one HTTP request (each attempt); default 60 s. */
    public B timeout(Duration perRequest) {
        Objects.requireNonNull(perRequest, "timeout");
        if (perRequest.isNegative() || perRequest.isZero()) {
            throw new IllegalArgumentException("timeout must be positive but was " + perRequest);
        }
        this.timeout = perRequest;
        return self();
    }

    /** The label the built provider will have, e.g. {@code gemini:gemini-2.5-flash}. */
    public String label() {
        return labelPrefix + ":" + model;
    }

    @Override
    public final LlmProvider build() {
        if (model == null) {
            throw new IllegalStateException(labelPrefix + ": a model is required");
        }
        if (baseUrl == null) {
            throw new IllegalStateException(labelPrefix + ": a base URL is required");
        }
        checkKey(apiKey);
        Redactor redactor = Redactor.of(apiKey);
        WireHttpClientBuilder http = new WireHttpClientBuilder(wireFormat(), redactor, time());
        ChatModel chatModel;
        try {
            chatModel = chatModel(baseUrl, apiKey, model, timeout, http);
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException(labelPrefix + " needs " + dependency() + " on the classpath", e);
        }
        return new LimitedLlmProvider(label(), model, chatModel, limits(label()), new CachedAnswers(responseCache()),
                redactor);
    }

    /** Fails when this provider needs a key and has none. */
    abstract void checkKey(String key);

    abstract WireFormat wireFormat();

    abstract String dependency();

    abstract ChatModel chatModel(String url, String key, String modelName, Duration perRequest,
                                 WireHttpClientBuilder http);

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + label() + ", " + baseUrl + "]";
    }

    static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value.strip();
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
