package dev.campaigncrm.llm.internal.offline;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Sparse TF-IDF features of a short text that need no language model: the text is folded (accents removed,
 * lower-cased, digits to 0, punctuation other than {@code @ . ? !} to spaces), then its character 2- to 5-grams, its
 * words and its word pairs are counted; a feature's weight is {@code (1 + ln count) * idf}, the vector has unit
 * length. Character grams carry what words miss in languages with inflection and compounds, and survive typos and
 * missing accents. The vocabulary and the idf are fitted on the training texts only. Immutable and thread-safe.
 */
final class TextFeatures {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DIGIT = Pattern.compile("\\p{N}");
    private static final Pattern NOT_KEPT = Pattern.compile("[^\\p{L}0@.?!]+");
    private static final Pattern SENTENCE_MARKS = Pattern.compile("[.?!]");
    private static final int MIN_GRAM = 2;
    private static final int MAX_GRAM = 5;

    private final Map<String, Integer> vocabulary;
    private final double[] idf;

    private TextFeatures(Map<String, Integer> vocabulary, double[] idf) {
        this.vocabulary = vocabulary;
        this.idf = idf;
    }

    /** Fits the vocabulary and the smoothed idf ({@code ln((1 + n) / (1 + df)) + 1}) on these texts. */
    static TextFeatures fit(Collection<String> texts) {
        Map<String, Integer> df = new HashMap<>();
        for (String text : texts) {
            for (String g : counts(text).keySet()) {
                df.merge(g, 1, Integer::sum);
            }
        }
        Map<String, Integer> vocabulary = new HashMap<>();
        for (String g : new TreeSet<>(df.keySet())) {
            vocabulary.put(g, vocabulary.size());
        }
        double[] idf = new double[vocabulary.size()];
        df.forEach((g, n) -> idf[vocabulary.get(g)] = Math.log((1.0 + texts.size()) / (1.0 + n)) + 1.0);
        return new TextFeatures(Map.copyOf(vocabulary), idf);
    }

    /** How many features the vocabulary has. */
    int size() {
        return idf.length;
    }

    /** The unit-length TF-IDF vector of a text; features not in the vocabulary are ignored. */
    SparseVector vector(String text) {
        TreeMap<Integer, Double> weights = new TreeMap<>();
        counts(text).forEach((g, n) -> {
            Integer j = vocabulary.get(g);
            if (j != null) {
                weights.put(j, (1.0 + Math.log(n)) * idf[j]);
            }
        });
        int[] index = new int[weights.size()];
        double[] value = new double[weights.size()];
        double norm = 0;
        int k = 0;
        for (Map.Entry<Integer, Double> e : weights.entrySet()) {
            index[k] = e.getKey();
            value[k] = e.getValue();
            norm += value[k] * value[k];
            k++;
        }
        if (norm > 0) {
            double length = Math.sqrt(norm);
            for (int i = 0; i < value.length; i++) {
                value[i] /= length;
            }
        }
        return new SparseVector(index, value);
    }

    /** The text as compared: accents removed, lower case, digits as 0, only letters and {@code 0@.?!} kept. */
    static String fold(String text) {
        String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        s = DIGIT.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("0");
        return NOT_KEPT.matcher(s).replaceAll(" ").strip();
    }

    /** Each feature's count: {@code c} + character gram, {@code w} + word, {@code b} + word pair. */
    private static Map<String, Integer> counts(String text) {
        String folded = fold(text);
        Map<String, Integer> out = new HashMap<>();
        String padded = " " + folded + " ";
        for (int n = MIN_GRAM; n <= MAX_GRAM; n++) {
            for (int i = 0; i + n <= padded.length(); i++) {
                out.merge("c" + padded.substring(i, i + n), 1, Integer::sum);
            }
        }
        String words = SENTENCE_MARKS.matcher(folded).replaceAll(" ").strip();
        if (!words.isEmpty()) {
            String[] w = words.split("\\s+");
            for (int i = 0; i < w.length; i++) {
                out.merge("w" + w[i], 1, Integer::sum);
                if (i + 1 < w.length) {
                    out.merge("b" + w[i] + " " + w[i + 1], 1, Integer::sum);
                }
            }
        }
        return out;
    }

    /**
     * A sparse vector: the indices of its non-zero features, ascending, and their values.
     *
     * @param index feature indices
     * @param value their values
     */
    record SparseVector(int[] index, double[] value) {
    }
}
