package dev.campaigncrm.llm.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.campaigncrm.llm.EmbeddingException;
import dev.campaigncrm.llm.LlmException.Kind;
import dev.campaigncrm.llm.testing.FakeHuggingFaceEmbeddingsServer;
import dev.campaigncrm.llm.testing.FakeReply;
import dev.campaigncrm.llm.testing.RecordedRequest;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hugging Face embeddings against a fake Inference API on loopback: the request is the one Hugging Face expects, the
 * vectors come back in order, failures name the model and the status, and the token is sent but never shown.
 */
class HuggingFaceEmbeddingsTest {

    private static final String TOKEN = "hf_test_SECRET_0123456789";
    private static final String ENDPOINT =
            "/hf-inference/models/sentence-transformers/all-MiniLM-L6-v2/pipeline/feature-extraction";

    private FakeHuggingFaceEmbeddingsServer server;

    @BeforeEach
    void startServer() {
        server = FakeHuggingFaceEmbeddingsServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private EmbeddingModel model() {
        return LlmProviders.huggingFaceEmbeddings().token(TOKEN).baseUrl(server.baseUrl()).build();
    }

    @Test
    void sendsTheFeatureExtractionRequestHuggingFaceExpects() {
        model().embed("Happy to book a demo");

        assertThat(server.requests()).hasSize(1);
        RecordedRequest request = server.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo(ENDPOINT);
        assertThat(request.query()).isEmpty();
        assertThat(request.header("Content-Type")).startsWith("application/json");
        assertThat(request.header("Authorization")).isEqualTo("<redacted>");
        assertThat(server.sawKey(TOKEN)).as("Authorization: Bearer <token>").isTrue();
        assertThat(FakeHuggingFaceEmbeddingsServer.inputsOf(request)).containsExactly("Happy to book a demo");
        // LangChain4j's client sends its options object empty: {"inputs": [...], "options": {}}
        assertThat(request.json().path("options").isObject()).as(request.body()).isTrue();
        assertThat(request.body()).doesNotContain(TOKEN);
    }

    @Test
    void returnsTheServersVectorsInOrderBatchByBatch() {
        EmbeddingModel model = LlmProviders.huggingFaceEmbeddings().token(TOKEN).baseUrl(server.baseUrl())
                .batchSize(2).build();
        List<String> texts = List.of("price list please", "not interested", "call me in May", "who are you", "yes");

        List<Embedding> embeddings = model.embedAll(texts.stream().map(TextSegment::from).toList()).content();

        assertThat(embeddings).hasSize(5);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(embeddings.get(i).vector()).containsExactly(server.vectorOf(texts.get(i)));
        }
        assertThat(server.requests()).map(FakeHuggingFaceEmbeddingsServer::inputsOf).containsExactly(
                texts.subList(0, 2), texts.subList(2, 4), texts.subList(4, 5));
        assertThat(model.modelName()).isEqualTo(HuggingFaceEmbeddingsBuilder.DEFAULT_MODEL);
    }

    @Test
    void theModelAndTheBaseUrlCanBeChanged() {
        EmbeddingModel model = LlmProviders.huggingFaceEmbeddings().token(TOKEN).baseUrl(server.baseUrl() + "/")
                .model("BAAI/bge-small-en-v1.5").build();

        model.embed("hello");

        assertThat(FakeHuggingFaceEmbeddingsServer.modelOf(server.requests().get(0))).isEqualTo("BAAI/bge-small-en-v1.5");
    }

    @Test
    void aRefusedTokenIsAClearAuthErrorWithoutTheToken() {
        server.enqueue(FakeReply.error(401));

        EmbeddingException e = catchThrowableOfType(EmbeddingException.class, () -> model().embed("hello"));

        assertThat(e.kind()).isEqualTo(Kind.AUTH);
        assertThat(e.getMessage())
                .contains("huggingface:sentence-transformers/all-MiniLM-L6-v2", "HTTP 401", "HUGGINGFACEHUB_API_TOKEN")
                .doesNotContain(TOKEN);
    }

    @Test
    void aLoadingModelIsAClearServerErrorWithTheEstimatedWait() {
        server.enqueue(new FakeReply.Error(503, null, "20"));

        EmbeddingException e = catchThrowableOfType(EmbeddingException.class, () -> model().embed("hello"));

        assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(e.getMessage()).contains("huggingface:sentence-transformers/all-MiniLM-L6-v2", "HTTP 503",
                "loading", "in about 20 s").doesNotContain(TOKEN);
    }

    @Test
    void aRateLimitIsNamedAsSuch() {
        server.enqueue(FakeReply.tooManyRequests("30"));

        EmbeddingException e = catchThrowableOfType(EmbeddingException.class, () -> model().embed("hello"));

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.getMessage()).contains("HTTP 429", "rate limit");
    }

    @Test
    void anErrorBodyEchoingTheTokenIsRedacted() {
        server.enqueue(new FakeReply.Raw(400, "{\"error\":[\"bad request for token " + TOKEN + "\"]}"));

        EmbeddingException e = catchThrowableOfType(EmbeddingException.class, () -> model().embed("hello"));

        assertThat(e.kind()).isEqualTo(Kind.OTHER);
        assertThat(e.getMessage()).contains("HTTP 400", "bad request for token ***").doesNotContain(TOKEN);
    }

    @Test
    void tokenLevelVectorsAreRefusedAsMalformed() {
        server.enqueue(new FakeReply.Raw(200, "[[[0.1, 0.2], [0.3, 0.4]]]"));

        EmbeddingException e = catchThrowableOfType(EmbeddingException.class, () -> model().embed("hello"));

        assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(e.getMessage()).contains("one vector per token");
    }

    @Test
    void anAnswerWithTooFewVectorsIsRefused() {
        server.enqueue(new FakeReply.Raw(200, "[[0.1, 0.2]]"));

        EmbeddingException e = catchThrowableOfType(EmbeddingException.class,
                () -> model().embedAll(List.of(TextSegment.from("a"), TextSegment.from("b"))));

        assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(e.getMessage()).contains("asked for 2 vectors but got 1");
    }

    @Test
    void anHtmlPageFromAProxyIsMalformedNotVectors() {
        server.enqueue(new FakeReply.Raw(200, "<html>Sign in to the proxy</html>"));

        EmbeddingException e = catchThrowableOfType(EmbeddingException.class, () -> model().embed("hello"));

        assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
    }

    @Test
    void theTokenIsNeverInToStringLabelsOrLogs() {
        server.enqueue(FakeReply.error(401), FakeReply.error(503));
        HuggingFaceEmbeddingsBuilder builder = LlmProviders.huggingFaceEmbeddings().token(TOKEN)
                .baseUrl(server.baseUrl());
        EmbeddingModel model = builder.build();
        PrintStream originalErr = System.err;
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8));
        try {
            catchThrowableOfType(EmbeddingException.class, () -> model.embed("hello"));
            catchThrowableOfType(EmbeddingException.class, () -> model.embed("hello"));
        } finally {
            System.setErr(originalErr);
        }

        assertThat(logs.toString(StandardCharsets.UTF_8)).contains("HTTP 401", "HTTP 503").doesNotContain(TOKEN);
        assertThat(builder.toString()).doesNotContain(TOKEN);
        assertThat(builder.label()).isEqualTo("huggingface:sentence-transformers/all-MiniLM-L6-v2");
        assertThat(model.toString()).doesNotContain(TOKEN);
        assertThat(server.requests()).hasSize(2).allSatisfy(r -> {
            assertThat(r.uri()).doesNotContain(TOKEN);
            assertThat(r.body()).doesNotContain(TOKEN);
            assertThat(r.headers().toString()).doesNotContain(TOKEN);
        });
    }

    @Test
    void withoutATokenTheBuilderSaysWhichVariableToSet() {
        IllegalStateException e = catchThrowableOfType(IllegalStateException.class,
                () -> LlmProviders.huggingFaceEmbeddings().build());

        assertThat(e.getMessage()).contains("HUGGINGFACEHUB_API_TOKEN");
    }

    @Test
    void theEnvironmentGivesEmbeddingsOnlyWithAToken() {
        assertThat(LlmProviders.huggingFaceEmbeddingsFromEnvironment(Map.of())).isEmpty();
        assertThat(LlmProviders.huggingFaceEmbeddingsFromEnvironment(
                Map.of(LlmProviders.HUGGINGFACEHUB_API_TOKEN, "  "))).isEmpty();

        Optional<EmbeddingModel> model = LlmProviders.huggingFaceEmbeddingsFromEnvironment(Map.of(
                LlmProviders.HUGGINGFACEHUB_API_TOKEN, TOKEN,
                LlmProviders.HF_EMBEDDINGS_BASE_URL, server.baseUrl(),
                LlmProviders.HF_EMBEDDINGS_MODEL, "intfloat/multilingual-e5-small"));

        assertThat(model).isPresent();
        model.get().embed("hola");
        assertThat(FakeHuggingFaceEmbeddingsServer.modelOf(server.requests().get(0)))
                .isEqualTo("intfloat/multilingual-e5-small");
        assertThat(server.sawKey(TOKEN)).isTrue();
    }
}
