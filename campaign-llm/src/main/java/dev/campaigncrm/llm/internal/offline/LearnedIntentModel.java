package dev.campaigncrm.llm.internal.offline;

import dev.campaigncrm.llm.internal.offline.TextFeatures.SparseVector;
import dev.campaigncrm.reply.ReplyCategory;
import dev.campaigncrm.reply.cues.Intent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small learned reader of a person's intent that needs no language model: multinomial logistic regression over
 * {@link TextFeatures} (character grams, words and word pairs, TF-IDF), trained in-process on labelled example
 * replies. It reads any language its examples were written in by their surface, which is what the English embedding
 * model cannot do. Training is deterministic (fixed seed, sorted vocabulary): the same examples give the same model.
 * The settings were fixed once in the spike ({@code docs/spike-learned-classifier.md}) and not tuned on any
 * evaluation set: L2 1e-4, AdaGrad with step 0.5, 30 passes. Immutable and thread-safe once trained.
 */
public final class LearnedIntentModel {

    private static final Intent[] CLASSES = Intent.values();
    private static final int PASSES = 30;
    private static final double STEP = 0.5;
    private static final double L2 = 1e-4;
    private static final long SEED = 42;
    /** The languages of the bundled replies written for training, besides the classifier's examples. */
    private static final List<String> TRAINING_LANGUAGES = List.of("de", "en", "es", "fr", "it", "nl", "pt");

    private final TextFeatures features;
    private final double[][] weights;
    private final double[] bias;
    private final int trainedOn;

    private LearnedIntentModel(TextFeatures features, double[][] weights, double[] bias, int trainedOn) {
        this.features = features;
        this.weights = weights;
        this.bias = bias;
        this.trainedOn = trainedOn;
    }

    /** Trains a model on these examples; every class needs at least one. */
    public static LearnedIntentModel train(List<Example> examples) {
        Objects.requireNonNull(examples, "examples");
        for (Intent c : CLASSES) {
            if (examples.stream().noneMatch(e -> e.intent() == c)) {
                throw new IllegalArgumentException("no training example for " + c);
            }
        }
        TextFeatures features = TextFeatures.fit(examples.stream().map(Example::text).toList());
        int d = features.size();
        double[][] w = new double[CLASSES.length][d];
        double[][] squares = new double[CLASSES.length][d];
        double[] b = new double[CLASSES.length];
        double[] biasSquares = new double[CLASSES.length];
        List<SparseVector> xs = examples.stream().map(e -> features.vector(e.text())).toList();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            order.add(i);
        }
        Random random = new Random(SEED);
        for (int pass = 0; pass < PASSES; pass++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                SparseVector x = xs.get(i);
                double[] p = softmax(w, b, x);
                int y = examples.get(i).intent().ordinal();
                for (int c = 0; c < CLASSES.length; c++) {
                    double g = p[c] - (c == y ? 1 : 0);
                    for (int t = 0; t < x.index().length; t++) {
                        int j = x.index()[t];
                        double gj = g * x.value()[t] + L2 * w[c][j];
                        squares[c][j] += gj * gj;
                        w[c][j] -= STEP * gj / (Math.sqrt(squares[c][j]) + 1e-8);
                    }
                    biasSquares[c] += g * g;
                    b[c] -= STEP * g / (Math.sqrt(biasSquares[c]) + 1e-8);
                }
            }
        }
        return new LearnedIntentModel(features, w, b, examples.size());
    }

    /**
     * The model trained on the bundled examples and the bundled training replies: trained once per JVM, on the first
     * call (about a second), and shared, as it depends on nothing but the library's own resources.
     */
    public static LearnedIntentModel bundled() {
        return Bundled.MODEL;
    }

    /**
     * These example texts per class together with the bundled replies written for training in seven languages
     * ({@code replies/learned/<lang>.tsv}): what a classifier with its own examples trains on.
     */
    public static List<Example> withBundledTraining(Map<Intent, List<String>> examples) {
        List<Example> out = new ArrayList<>();
        examples.forEach((intent, texts) -> texts.forEach(t -> out.add(new Example(intent, t))));
        for (String lang : TRAINING_LANGUAGES) {
            out.addAll(ExampleTexts.loadLabelled("replies/learned/" + lang + ".tsv"));
        }
        return List.copyOf(out);
    }

    /** Each class's probability for this text, best first. */
    public List<Scored> read(String text) {
        double[] p = softmax(weights, bias, features.vector(Objects.requireNonNull(text, "text")));
        Map<Intent, Double> byClass = new EnumMap<>(Intent.class);
        for (Intent c : CLASSES) {
            byClass.put(c, p[c.ordinal()]);
        }
        return byClass.entrySet().stream()
                .map(e -> new Scored(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingDouble(Scored::probability).reversed())
                .toList();
    }

    /** How many examples it was trained on. */
    public int trainedOn() {
        return trainedOn;
    }

    /** How many features its vocabulary has. */
    public int features() {
        return features.size();
    }

    private static double[] softmax(double[][] w, double[] b, SparseVector x) {
        double[] z = b.clone();
        for (int c = 0; c < z.length; c++) {
            for (int t = 0; t < x.index().length; t++) {
                z[c] += w[c][x.index()[t]] * x.value()[t];
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int c = 0; c < z.length; c++) {
            z[c] = Math.exp(z[c] - max);
            sum += z[c];
        }
        for (int c = 0; c < z.length; c++) {
            z[c] /= sum;
        }
        return z;
    }

    /**
     * One labelled training reply.
     *
     * @param intent what the person means
     * @param text   the person's words
     */
    public record Example(Intent intent, String text) {
        /** Checks both are present. */
        public Example {
            Objects.requireNonNull(intent, "intent");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A class and its probability.
     *
     * @param intent      the class
     * @param probability 0–1
     */
    public record Scored(Intent intent, double probability) {
    }

    private static final class Bundled {
        private static final Logger LOG = LoggerFactory.getLogger(LearnedIntentModel.class);
        private static final LearnedIntentModel MODEL = trainBundled();

        private static LearnedIntentModel trainBundled() {
            long start = System.nanoTime();
            Map<Intent, List<String>> examples = new EnumMap<>(Intent.class);
            for (Intent c : CLASSES) {
                examples.put(c, ExampleTexts.load("replies/" + ReplyCategory.of(c).label() + ".txt"));
            }
            LearnedIntentModel model = train(withBundledTraining(examples));
            LOG.debug("trained the learned intent model on {} replies ({} features) in {} ms", model.trainedOn(),
                    model.features(), (System.nanoTime() - start) / 1_000_000);
            return model;
        }
    }
}
