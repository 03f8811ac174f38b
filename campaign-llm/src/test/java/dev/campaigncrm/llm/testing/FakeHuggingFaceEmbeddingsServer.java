package dev.campaigncrm.llm.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fake Hugging Face Inference API for embeddings, as the router's {@code hf-inference} provider speaks it:
 * {@code POST /hf-inference/models/{model}/pipeline/feature-extraction} with {@code {"inputs": [...], "options":
 * {...}}} and {@code Authorization: Bearer <token>}, answered with one vector per input ({@code [[0.1, ...], ...]}), and Hugging Face's error
 * bodies ({@code {"error": "..."}}; a 503 adds {@code estimated_time}, from {@link FakeReply.Error#retryDelay()} in
 * seconds when given, else 20). {@link FakeReply#answer} (any text) and the default responder both mean "embed the
 * inputs"; {@link FakeReply.Empty} is {@code []}; {@link FakeReply.Raw} is sent verbatim. The {@code Authorization}
 * header is recorded as {@code <redacted>}. Give {@link #baseUrl()} to {@code LlmProviders.huggingFaceEmbeddings()}.
 */
public final class FakeHuggingFaceEmbeddingsServer extends FakeLlmServer {

    /** The dimension of the default hashed vectors, as all-MiniLM-L6-v2's. */
    public static final int DIMENSION = 384;

    private static final Pattern ENDPOINT = Pattern.compile("/hf-inference/models/(.+)/pipeline/feature-extraction");

    private final Function<String, float[]> embedder;

    private FakeHuggingFaceEmbeddingsServer(Function<String, float[]> embedder) {
        super("/hf-inference", Set.of("authorization"));
        this.embedder = embedder;
    }

    /** Starts a server on 127.0.0.1 at a free port whose vectors are {@link #hashed(String)}. */
    public static FakeHuggingFaceEmbeddingsServer start() {
        return new FakeHuggingFaceEmbeddingsServer(FakeHuggingFaceEmbeddingsServer::hashed);
    }

    /** Starts a server whose vectors come from this local model (e.g. the in-process all-MiniLM-L6-v2). */
    public static FakeHuggingFaceEmbeddingsServer start(EmbeddingModel local) {
        Objects.requireNonNull(local, "local");
        return new FakeHuggingFaceEmbeddingsServer(text -> local.embed(text).content().vector());
    }

    /** The vector this server answers for {@code text}. */
    public float[] vectorOf(String text) {
        return embedder.apply(text);
    }

    /** The model named in a request's path. */
    public static String modelOf(RecordedRequest request) {
        Matcher m = ENDPOINT.matcher(request.path());
        return m.matches() ? m.group(1) : "";
    }

    /** The texts a request asked to embed ({@code inputs}, a list or one string). */
    public static List<String> inputsOf(RecordedRequest request) {
        JsonNode inputs = request.json().path("inputs");
        List<String> out = new ArrayList<>();
        if (inputs.isArray()) {
            inputs.forEach(i -> out.add(i.asText()));
        } else if (inputs.isTextual()) {
            out.add(inputs.asText());
        }
        return List.copyOf(out);
    }

    /**
     * A deterministic 384-dimension vector: each lower-cased word adds one to a coordinate chosen by its hash, so that
     * texts sharing words are similar.
     */
    public static float[] hashed(String text) {
        float[] v = new float[DIMENSION];
        for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                int h = java.util.Arrays.hashCode(word.getBytes(StandardCharsets.UTF_8));
                v[Math.floorMod(h, DIMENSION)] += 1f;
            }
        }
        return v;
    }

    @Override
    protected boolean isEndpoint(String path) {
        return ENDPOINT.matcher(path).matches();
    }

    @Override
    protected Rendered render(FakeReply reply, RecordedRequest request, int sequence) {
        if (reply instanceof FakeReply.Answer) {
            List<float[]> vectors = inputsOf(request).stream().map(embedder).toList();
            return new Rendered(200, Map.of(), json(vectors));
        }
        if (reply instanceof FakeReply.Empty) {
            return new Rendered(200, Map.of(), "[]");
        }
        if (reply instanceof FakeReply.Error e) {
            return error(e.status(), e.retryAfter(), e.retryDelay(), modelOf(request));
        }
        if (reply instanceof FakeReply.Raw r) {
            return new Rendered(r.status(), Map.of(), r.body());
        }
        if (reply instanceof FakeReply.Delayed d) {
            return render(d.reply(), request, sequence);
        }
        return new Rendered(400, Map.of(), json(Map.of("error",
                "the fake embeddings server has no " + reply.getClass().getSimpleName() + " reply")));
    }

    @Override
    protected Rendered notFound(String path) {
        return new Rendered(404, Map.of(), json(Map.of("error", "Not Found")));
    }

    private static Rendered error(int status, String retryAfter, String retryDelay, String model) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", switch (status) {
            case 401 -> "Invalid credentials in Authorization header";
            case 403 -> "This authentication method does not have sufficient permissions to call Inference Providers";
            case 404 -> "Model " + model + " does not exist";
            case 429 -> "Rate limit reached. You reached free usage limit (reset hourly).";
            case 503 -> "Model " + model + " is currently loading";
            default -> status >= 500 ? "Internal Server Error" : "Bad Request";
        });
        if (status == 503) {
            body.put("estimated_time", retryDelay == null ? 20.0 : Double.parseDouble(retryDelay.replace("s", "")));
        }
        Map<String, String> headers = retryAfter == null ? Map.of() : Map.of("Retry-After", retryAfter);
        return new Rendered(status, headers, json(body));
    }
}
