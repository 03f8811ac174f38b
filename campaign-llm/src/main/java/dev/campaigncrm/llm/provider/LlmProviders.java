package dev.campaigncrm.llm.provider;

import dev.campaigncrm.llm.LlmProvider;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the campaign's language models come from: Gemini, Hugging Face's router, any OpenAI-compatible server, any
 * LangChain4j {@link ChatModel}, or the environment. Every provider is rate-limited, retried with backoff, bounded in
 * time and optionally cached; see {@link LlmProvider}.
 */
public final class LlmProviders {

    /** The Gemini key, as the seed names it. */
    public static final String GOOGLE_API_KEY = "GOOGLE_API_KEY";
    /** The Hugging Face token, as the seed names it. */
    public static final String HUGGINGFACEHUB_API_TOKEN = "HUGGINGFACEHUB_API_TOKEN";
    /** Enables an OpenAI-compatible server at this base URL. */
    public static final String OPENAI_BASE_URL = "OPENAI_BASE_URL";
    /** The OpenAI-compatible server's key (optional). */
    public static final String OPENAI_API_KEY = "OPENAI_API_KEY";
    /** The OpenAI-compatible server's model (required with {@link #OPENAI_BASE_URL}). */
    public static final String OPENAI_MODEL = "OPENAI_MODEL";
    /** Overrides Gemini's base URL. */
    public static final String GEMINI_BASE_URL = "GEMINI_BASE_URL";
    /** Overrides Gemini's model. */
    public static final String GEMINI_MODEL = "GEMINI_MODEL";
    /** Overrides Hugging Face's router URL. */
    public static final String HF_BASE_URL = "HF_BASE_URL";
    /** Overrides Hugging Face's model. */
    public static final String HF_MODEL = "HF_MODEL";
    /** Overrides the base URL of Hugging Face's embeddings (feature-extraction) API. */
    public static final String HF_EMBEDDINGS_BASE_URL = "HF_EMBEDDINGS_BASE_URL";
    /** Overrides Hugging Face's embedding model. */
    public static final String HF_EMBEDDINGS_MODEL = "HF_EMBEDDINGS_MODEL";

    private LlmProviders() {
    }

    /** Google's Gemini (a current Flash model by default, 10 requests per minute by default). */
    public static GeminiProviderBuilder gemini() {
        return new GeminiProviderBuilder();
    }

    /** Hugging Face's OpenAI-compatible router (a small instruct model by default, 30 requests per minute). */
    public static HuggingFaceProviderBuilder huggingFace() {
        return new HuggingFaceProviderBuilder();
    }

    /**
     * Text embeddings from Hugging Face's Inference API as a LangChain4j {@link EmbeddingModel}
     * ({@value HuggingFaceEmbeddingsBuilder#DEFAULT_MODEL} by default), e.g. for the embedding reply classifier.
     */
    public static HuggingFaceEmbeddingsBuilder huggingFaceEmbeddings() {
        return new HuggingFaceEmbeddingsBuilder();
    }

    /**
     * Hugging Face's embeddings when {@code HUGGINGFACEHUB_API_TOKEN} is set, else empty; the base URL and the model
     * are overridden by {@code HF_EMBEDDINGS_BASE_URL} and {@code HF_EMBEDDINGS_MODEL}.
     */
    public static Optional<EmbeddingModel> huggingFaceEmbeddingsFromEnvironment(Map<String, String> env) {
        Objects.requireNonNull(env, "env");
        return value(env, HUGGINGFACEHUB_API_TOKEN).map(token -> {
            HuggingFaceEmbeddingsBuilder hf = huggingFaceEmbeddings().token(token);
            value(env, HF_EMBEDDINGS_BASE_URL).ifPresent(hf::baseUrl);
            value(env, HF_EMBEDDINGS_MODEL).ifPresent(hf::model);
            return hf.build();
        });
    }

    /** Any OpenAI-compatible server by base URL; set the model, and a key if the server wants one. */
    public static OpenAiCompatibleProviderBuilder openAiCompatible() {
        return new OpenAiCompatibleProviderBuilder();
    }

    /** Any LangChain4j chat model the caller already has, with limits to set; {@code label} names it. */
    public static ChatModelProviderBuilder chatModel(ChatModel model, String label) {
        return new ChatModelProviderBuilder(model, label);
    }

    /** Any LangChain4j chat model the caller already has, behind the default limits; {@code label} names it. */
    public static LlmProvider using(ChatModel model, String label) {
        return chatModel(model, label).build();
    }

    /**
     * The providers the environment configures, in fallback order: Gemini when {@code GOOGLE_API_KEY} is set, then
     * Hugging Face when {@code HUGGINGFACEHUB_API_TOKEN} is set, then an OpenAI-compatible server when
     * {@code OPENAI_BASE_URL} is set. Empty means offline. Base URLs and models are overridden by
     * {@code GEMINI_BASE_URL}, {@code GEMINI_MODEL}, {@code HF_BASE_URL}, {@code HF_MODEL}, {@code OPENAI_MODEL}.
     */
    public static List<LlmProvider> fromEnvironment(Map<String, String> env) {
        return fromEnvironment(env, builder -> { });
    }

    /**
     * As {@link #fromEnvironment(Map)}, with {@code settings} applied to each builder after the environment's
     * (e.g. {@code b -> b.rpm(15).cache(ResponseCache.inWorkingDirectory())}).
     *
     * @throws IllegalStateException when {@code OPENAI_BASE_URL} is set without {@code OPENAI_MODEL}
     */
    public static List<LlmProvider> fromEnvironment(Map<String, String> env,
                                                    Consumer<? super RemoteProviderBuilder<?>> settings) {
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(settings, "settings");
        List<RemoteProviderBuilder<?>> builders = new ArrayList<>();
        value(env, GOOGLE_API_KEY).ifPresent(key -> {
            GeminiProviderBuilder gemini = gemini().apiKey(key);
            value(env, GEMINI_BASE_URL).ifPresent(gemini::baseUrl);
            value(env, GEMINI_MODEL).ifPresent(gemini::model);
            builders.add(gemini);
        });
        value(env, HUGGINGFACEHUB_API_TOKEN).ifPresent(token -> {
            HuggingFaceProviderBuilder hf = huggingFace().token(token);
            value(env, HF_BASE_URL).ifPresent(hf::baseUrl);
            value(env, HF_MODEL).ifPresent(hf::model);
            builders.add(hf);
        });
        value(env, OPENAI_BASE_URL).ifPresent(url -> {
            OpenAiCompatibleProviderBuilder openAi = openAiCompatible().baseUrl(url);
            value(env, OPENAI_API_KEY).ifPresent(openAi::apiKey);
            openAi.model(value(env, OPENAI_MODEL).orElseThrow(() ->
                    new IllegalStateException(OPENAI_BASE_URL + " is set but " + OPENAI_MODEL + " is not")));
            builders.add(openAi);
        });
        List<LlmProvider> providers = new ArrayList<>();
        for (RemoteProviderBuilder<?> builder : builders) {
            settings.accept(builder);
            providers.add(builder.build());
        }
        return List.copyOf(providers);
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
