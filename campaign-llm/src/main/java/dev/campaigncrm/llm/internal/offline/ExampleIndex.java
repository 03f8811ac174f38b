package dev.campaigncrm.llm.internal.offline;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Labelled example texts embedded once, scored against a query by nearest neighbours: a label's score is the mean
 * similarity of its {@code k} most similar examples, which is more robust than one nearest example and sharper than a
 * centroid when a class has several kinds of text. Immutable and thread-safe.
 *
 * @param <K> the label type
 */
public final class ExampleIndex<K> {

    private final Map<K, List<Entry>> byLabel;
    private final int k;

    private ExampleIndex(Map<K, List<Entry>> byLabel, int k) {
        this.byLabel = byLabel;
        this.k = k;
    }

    /**
     * Embeds the examples with the model.
     *
     * @param model    the embedding model
     * @param examples texts per label, in the label order scores are reported in; each label needs one text or more
     * @param k        how many nearest examples of a label count towards its score
     */
    public static <K> ExampleIndex<K> build(EmbeddingModel model, Map<K, List<String>> examples, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1 but was " + k);
        }
        Map<K, List<Entry>> byLabel = new LinkedHashMap<>();
        examples.forEach((label, texts) -> {
            if (texts.isEmpty()) {
                throw new IllegalArgumentException("no examples for " + label);
            }
            List<float[]> vectors = Vectors.embed(model, texts);
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                entries.add(new Entry(texts.get(i), vectors.get(i)));
            }
            byLabel.put(Objects.requireNonNull(label, "label"), List.copyOf(entries));
        });
        return new ExampleIndex<>(java.util.Collections.unmodifiableMap(byLabel), k);
    }

    /** The labels, in their given order. */
    public List<K> labels() {
        return List.copyOf(byLabel.keySet());
    }

    /** Each label's score against the query vector, best first. */
    public List<LabelScore<K>> score(float[] query) {
        List<LabelScore<K>> out = new ArrayList<>();
        byLabel.forEach((label, entries) -> {
            double[] sims = new double[entries.size()];
            int best = 0;
            for (int i = 0; i < entries.size(); i++) {
                sims[i] = Vectors.cosine(query, entries.get(i).vector());
                if (sims[i] > sims[best]) {
                    best = i;
                }
            }
            double[] sorted = sims.clone();
            Arrays.sort(sorted);
            int n = Math.min(k, sorted.length);
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += sorted[sorted.length - 1 - i];
            }
            out.add(new LabelScore<>(label, sum / n, entries.get(best).text(), sims[best]));
        });
        out.sort(Comparator.comparingDouble((LabelScore<K> s) -> s.score()).reversed());
        return List.copyOf(out);
    }

    /**
     * How close a query is to one label's examples.
     *
     * @param label      the label
     * @param score      mean similarity of the label's k nearest examples
     * @param nearest    the label's most similar example
     * @param nearestSim that example's similarity
     * @param <K>        the label type
     */
    public record LabelScore<K>(K label, double score, String nearest, double nearestSim) {
    }

    private record Entry(String text, float[] vector) {
    }
}
