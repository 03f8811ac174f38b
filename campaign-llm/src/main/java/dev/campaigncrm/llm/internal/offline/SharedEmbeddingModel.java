package dev.campaigncrm.llm.internal.offline;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one in-process all-MiniLM-L6-v2 (quantised) model of the JVM, loaded on first use (holder idiom) and shared by
 * every offline classifier and enricher: loading it takes a few hundred milliseconds and tens of megabytes.
 * LangChain4j's ONNX model is safe for concurrent use.
 */
public final class SharedEmbeddingModel {

    /** The model's name as recorded in provenance. */
    public static final String NAME = "all-minilm-l6-v2-q";

    private SharedEmbeddingModel() {
    }

    /** The shared model, loaded on the first call. */
    public static EmbeddingModel get() {
        return Holder.MODEL;
    }

    private static final class Holder {
        private static final Logger LOG = LoggerFactory.getLogger(SharedEmbeddingModel.class);
        private static final EmbeddingModel MODEL = load();

        private static EmbeddingModel load() {
            long start = System.nanoTime();
            EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
            LOG.info("loaded {} in {} ms", NAME, (System.nanoTime() - start) / 1_000_000);
            return model;
        }
    }
}
