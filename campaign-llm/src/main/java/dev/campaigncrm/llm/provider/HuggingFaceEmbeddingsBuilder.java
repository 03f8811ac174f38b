package dev.campaigncrm.llm.provider;

import dev.campaigncrm.llm.EmbeddingException;
import dev.campaigncrm.llm.internal.provider.GuardedEmbeddingModel;
import dev.campaigncrm.llm.internal.provider.HuggingFaceEmbeddingModels;
import dev.campaigncrm.llm.internal.provider.Redactor;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.time.Duration;
import java.util.Objects;

/**
 * Text embeddings from Hugging Face's Inference API ({@code feature-extraction} pipeline, through LangChain4j's
 * {@code HuggingFaceEmbeddingModel} from the optional {@code dev.langchain4j:langchain4j-hugging-face}), as a
 * LangChain4j {@link EmbeddingModel}, e.g. for
 * {@code EmbeddingReplyClassifier.builder().embeddingModel(model, builder.label())}. The default model is
 * {@value #DEFAULT_MODEL}, the model the offline classifier was tuned on. The token goes only into the request's
 * {@code Authorization} header: never into the label, {@code toString}, a log line or an exception message. A failed
 * call throws {@link EmbeddingException} naming the model and the HTTP status; a cold model answers 503 with its
 * estimated loading time, which the message gives (LangChain4j 1.x sends {@code "options": {}}, so Hugging Face's
 * {@code wait_for_model} is not requested).
 */
public final class HuggingFaceEmbeddingsBuilder {

    /** The sentence-embedding model the offline classifier was tuned on (384 dimensions). */
    public static final String DEFAULT_MODEL = "sentence-transformers/all-MiniLM-L6-v2";
    /** Hugging Face's own inference provider, behind the router. */
    public static final String DEFAULT_BASE_URL = "https://router.huggingface.co/hf-inference";
    /** The default time allowed for one HTTP request. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** The default most texts per request. */
    public static final int DEFAULT_BATCH_SIZE = 32;

    private String token;
    private String model = DEFAULT_MODEL;
    private String baseUrl = DEFAULT_BASE_URL;
    private Duration timeout = DEFAULT_TIMEOUT;
    private int batchSize = DEFAULT_BATCH_SIZE;

    HuggingFaceEmbeddingsBuilder() {
    }

    /** The Hugging Face access token ({@code HUGGINGFACEHUB_API_TOKEN}); required. */
    public HuggingFaceEmbeddingsBuilder token(String accessToken) {
        this.token = accessToken;
        return this;
    }

    /** The model's id on the Hub, e.g. {@code sentence-transformers/all-mpnet-base-v2}. */
    public HuggingFaceEmbeddingsBuilder model(String modelId) {
        this.model = RemoteProviderBuilder.requireText(modelId, "model");
        return this;
    }

    /** The API's base URL, before {@code /models/...} (a proxy, a self-hosted server, or a fake server in tests). */
    public HuggingFaceEmbeddingsBuilder baseUrl(String url) {
        String u = RemoteProviderBuilder.requireText(url, "baseUrl");
        this.baseUrl = u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
        return this;
    }

    /** The time allowed for one HTTP request; default 30 s. */
    public HuggingFaceEmbeddingsBuilder timeout(Duration perRequest) {
        Objects.requireNonNull(perRequest, "timeout");
        if (perRequest.isNegative() || perRequest.isZero()) {
            throw new IllegalArgumentException("timeout must be positive but was " + perRequest);
        }
        this.timeout = perRequest;
        return this;
    }

    /** The most texts sent in one request; default 32. */
    public HuggingFaceEmbeddingsBuilder batchSize(int texts) {
        if (texts < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1 but was " + texts);
        }
        this.batchSize = texts;
        return this;
    }

    /** The name the model goes by in messages and provenance, e.g. {@code huggingface:sentence-transformers/...}. */
    public String label() {
        return "huggingface:" + model;
    }

    /**
     * The embedding model.
     *
     * @throws IllegalStateException without a token, or without {@code langchain4j-hugging-face} on the classpath
     */
    public EmbeddingModel build() {
        if (token == null || token.isBlank()) {
            throw new IllegalStateException(
                    "huggingface embeddings: a token is required (" + LlmProviders.HUGGINGFACEHUB_API_TOKEN + ")");
        }
        Redactor redactor = Redactor.of(token);
        EmbeddingModel remote;
        try {
            remote = HuggingFaceEmbeddingModels.create(baseUrl, token, model, timeout, redactor);
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException(
                    "huggingface embeddings need dev.langchain4j:langchain4j-hugging-face on the classpath", e);
        }
        return new GuardedEmbeddingModel(label(), model, remote, batchSize, redactor,
                LlmProviders.HUGGINGFACEHUB_API_TOKEN);
    }

    @Override
    public String toString() {
        return "HuggingFaceEmbeddingsBuilder[" + label() + ", " + baseUrl + "]";
    }
}
