package dev.campaigncrm.llm.internal.offline;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.List;

/** Embeds texts as unit vectors and compares them by cosine similarity (a dot product of unit vectors). */
public final class Vectors {

    private Vectors() {
    }

    /** The unit vectors of these texts, in order. */
    public static List<float[]> embed(EmbeddingModel model, List<String> texts) {
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        List<Embedding> embeddings = model.embedAll(segments).content();
        return embeddings.stream().map(e -> unit(e.vector())).toList();
    }

    /** The unit vector of one text. */
    public static float[] embed(EmbeddingModel model, String text) {
        return unit(model.embed(text).content().vector());
    }

    /** Cosine similarity of two unit vectors. */
    public static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("dimensions differ: " + a.length + " vs " + b.length);
        }
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = norm == 0 ? 0f : (float) (v[i] / norm);
        }
        return out;
    }
}
