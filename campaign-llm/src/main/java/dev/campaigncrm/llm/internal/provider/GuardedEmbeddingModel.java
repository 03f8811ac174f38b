package dev.campaigncrm.llm.internal.provider;

import dev.campaigncrm.llm.LlmException.Kind;
import dev.campaigncrm.llm.EmbeddingException;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A remote {@link EmbeddingModel} behind the campaign's guards: texts go in batches of at most {@code batchSize} per
 * request, every failure becomes an {@link EmbeddingException} whose message names the model and the HTTP status or
 * problem (redacted: never the token, never a request body), and an answer with the wrong number of vectors is
 * refused. Immutable and thread-safe when the delegate is.
 */
public final class GuardedEmbeddingModel implements EmbeddingModel {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedEmbeddingModel.class);

    private final String label;
    private final String modelName;
    private final EmbeddingModel delegate;
    private final int batchSize;
    private final Redactor redactor;
    private final String tokenVariable;

    /**
     * Guards a model.
     *
     * @param label         names the model in messages, e.g. {@code huggingface:sentence-transformers/all-MiniLM-L6-v2}
     * @param modelName     the model's name as the provider spells it
     * @param delegate      the model that makes the requests
     * @param batchSize     the most texts per request
     * @param redactor      removes the token from any text that reaches a message or a log
     * @param tokenVariable the environment variable a refused token comes from, for the message
     */
    public GuardedEmbeddingModel(String label, String modelName, EmbeddingModel delegate, int batchSize,
                                 Redactor redactor, String tokenVariable) {
        this.label = Objects.requireNonNull(label, "label");
        this.modelName = Objects.requireNonNull(modelName, "modelName");
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1 but was " + batchSize);
        }
        this.batchSize = batchSize;
        this.redactor = Objects.requireNonNull(redactor, "redactor");
        this.tokenVariable = Objects.requireNonNull(tokenVariable, "tokenVariable");
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        Objects.requireNonNull(segments, "segments");
        List<Embedding> out = new ArrayList<>(segments.size());
        for (int from = 0; from < segments.size(); from += batchSize) {
            List<TextSegment> batch = segments.subList(from, Math.min(segments.size(), from + batchSize));
            List<Embedding> vectors = guarded(() -> delegate.embedAll(batch).content());
            if (vectors == null || vectors.size() != batch.size()) {
                throw failed(Failure.permanent(Kind.MALFORMED, "asked for " + batch.size() + " vectors but got "
                        + (vectors == null ? 0 : vectors.size())));
            }
            out.addAll(vectors);
        }
        return Response.from(List.copyOf(out));
    }

    @Override
    public int dimension() {
        return guarded(delegate::dimension);
    }

    @Override
    public String modelName() {
        return modelName;
    }

    @Override
    public String toString() {
        return "GuardedEmbeddingModel[" + label + ", batches of " + batchSize + "]";
    }

    private <T> T guarded(Supplier<T> call) {
        try {
            return call.get();
        } catch (EmbeddingException e) {
            throw e;
        } catch (RuntimeException e) {
            throw failed(ExceptionClassifier.classify(e, redactor));
        }
    }

    private EmbeddingException failed(Failure failure) {
        String reason = redactor.clean(label + ": " + failure.what() + hint(failure));
        LOG.warn("embedding failed: {}", reason);
        return new EmbeddingException(failure.kind(), reason);
    }

    private String hint(Failure failure) {
        return switch (failure.kind()) {
            case AUTH -> " (check " + tokenVariable + ")";
            case RATE_LIMITED -> " (the account's rate limit; try again later)";
            case SERVER_ERROR -> failure.what().contains("503")
                    ? " (the model may be loading or the service busy; try again "
                    + failure.retryAfter().map(d -> "in about " + Math.max(1, d.toSeconds()) + " s").orElse("later")
                    + ")"
                    : "";
            default -> "";
        };
    }
}
