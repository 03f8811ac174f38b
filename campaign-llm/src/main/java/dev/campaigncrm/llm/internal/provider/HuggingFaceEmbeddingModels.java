package dev.campaigncrm.llm.internal.provider;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.huggingface.HuggingFaceEmbeddingModel;
import java.time.Duration;

/**
 * Builds LangChain4j's {@link HuggingFaceEmbeddingModel} on the campaign's HTTP seam: one HTTP request per call to
 * {@code <baseUrl>/models/<model>/pipeline/feature-extraction}, the token only in the {@code Authorization} header,
 * failures classified with their status and redacted. Kept apart so that only this class needs the optional
 * {@code langchain4j-hugging-face}.
 */
public final class HuggingFaceEmbeddingModels {

    private HuggingFaceEmbeddingModels() {
    }

    /** The feature-extraction client for this model at this base URL (the router's {@code hf-inference} by default). */
    public static EmbeddingModel create(String baseUrl, String token, String model, Duration timeout,
                                        Redactor redactor) {
        WireHttpClientBuilder http = new WireHttpClientBuilder(new HuggingFaceEmbeddingWire(), redactor,
                TimeSource.system());
        return HuggingFaceEmbeddingModel.builder()
                .baseUrl(baseUrl)
                .accessToken(token)
                .modelId(model)
                .timeout(timeout)
                .httpClientBuilder(http.connectTimeout(timeout).readTimeout(timeout))
                .build();
    }
}
