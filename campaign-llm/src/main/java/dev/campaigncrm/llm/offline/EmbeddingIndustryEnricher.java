package dev.campaigncrm.llm.offline;

import dev.campaigncrm.analysis.EnrichedField;
import dev.campaigncrm.analysis.LeadEnricher;
import dev.campaigncrm.analysis.RuleEnricher;
import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.lead.LeadField;
import dev.campaigncrm.llm.internal.offline.ExampleIndex;
import dev.campaigncrm.llm.internal.offline.ExampleTexts;
import dev.campaigncrm.llm.internal.offline.Lazy;
import dev.campaigncrm.llm.internal.offline.LeadDescription;
import dev.campaigncrm.llm.internal.offline.SharedEmbeddingModel;
import dev.campaigncrm.llm.internal.offline.Vectors;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Fills a missing industry with the offline embedding model where the rules cannot: the rules
 * ({@link RuleEnricher} by default) answer first; when they say unknown, or name an industry only weakly, the lead's
 * company name, email-domain words and note keywords are embedded in-process (all-MiniLM-L6-v2, quantised) and
 * compared with short descriptions of {@value #MIN_INDUSTRIES}+ industries. Above a similarity threshold, and clearly
 * ahead of the runner-up, that industry is the answer (source "embedding similarity to '&lt;industry&gt;'
 * description", confidence from the similarity); otherwise unknown. Every other field is as the rules say; a field
 * the lead has is never looked at. Immutable and thread-safe; the descriptions are embedded once, on first use.
 */
public final class EmbeddingIndustryEnricher implements LeadEnricher {

    /** The default least similarity between the lead and an industry's description. */
    public static final double DEFAULT_THRESHOLD = 0.35;
    /** The default least lead of the best industry over the runner-up. */
    public static final double DEFAULT_MIN_MARGIN = 0.02;
    /** Below this confidence the rules' industry is weak enough to ask the embedding. */
    public static final double WEAK_RULE_CONFIDENCE = 0.6;
    /** How many industries the bundled descriptions cover, at least. */
    public static final int MIN_INDUSTRIES = 15;

    private static final double MIN_CONFIDENCE = 0.4;
    private static final double MAX_CONFIDENCE = 0.75;
    private static final double CONFIDENCE_SPAN = 0.3;

    private final LeadEnricher rules;
    private final double threshold;
    private final double minMargin;
    private final Supplier<EmbeddingModel> model;
    private final Lazy<ExampleIndex<String>> index;

    private EmbeddingIndustryEnricher(Builder b) {
        this.rules = b.rules;
        this.threshold = b.threshold;
        this.minMargin = b.minMargin;
        this.model = b.model;
        Map<String, List<String>> descriptions = b.descriptions;
        this.index = Lazy.of(() -> ExampleIndex.build(model.get(), descriptions, 1));
    }

    /** The offline default: rules first, then the bundled industry descriptions, threshold 0.35. */
    public static EmbeddingIndustryEnricher defaults() {
        return builder().build();
    }

    /** A builder to change the threshold, the rules, the descriptions or the model. */
    public static Builder builder() {
        return new Builder();
    }

    /** The bundled industry descriptions: industry name to a short description, at least 15 industries. */
    public static Map<String, String> bundledIndustries() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : ExampleTexts.load("industries.txt")) {
            int bar = line.indexOf('|');
            if (bar <= 0) {
                throw new IllegalStateException("industry line without 'name|description': " + line);
            }
            out.put(line.substring(0, bar).strip(), line.substring(bar + 1).strip());
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    @Override
    public List<EnrichedField> enrich(Lead lead) {
        List<EnrichedField> fields = new ArrayList<>(rules.enrich(lead));
        for (int i = 0; i < fields.size(); i++) {
            EnrichedField f = fields.get(i);
            if (f.field() == LeadField.INDUSTRY && lead.isMissing(LeadField.INDUSTRY)
                    && (!f.known() || f.confidence() < WEAK_RULE_CONFIDENCE)) {
                fields.set(i, better(f, byEmbedding(lead)));
            }
        }
        return List.copyOf(fields);
    }

    /** The industry the embedding finds for the lead, or unknown with the reason. */
    EnrichedField byEmbedding(Lead lead) {
        String description = LeadDescription.of(lead);
        if (description.isBlank()) {
            return unknown("no company name, company domain or notes to compare");
        }
        var ranked = index.get().score(Vectors.embed(model.get(), description));
        var best = ranked.get(0);
        double runnerUp = ranked.size() > 1 ? ranked.get(1).score() : 0;
        if (best.score() < threshold) {
            return unknown(String.format(Locale.ROOT, "no industry description similar enough (best '%s' %.2f < %.2f)",
                    best.label(), best.score(), threshold));
        }
        if (best.score() - runnerUp < minMargin) {
            return unknown(String.format(Locale.ROOT, "'%s' and '%s' equally similar (%.2f vs %.2f)", best.label(),
                    ranked.get(1).label(), best.score(), runnerUp));
        }
        double confidence = Math.min(MAX_CONFIDENCE,
                MIN_CONFIDENCE + (best.score() - threshold) * (MAX_CONFIDENCE - MIN_CONFIDENCE) / CONFIDENCE_SPAN);
        return new EnrichedField(LeadField.INDUSTRY, best.label(),
                "embedding similarity to '" + best.label() + "' description",
                Math.round(confidence * 100) / 100.0);
    }

    private static EnrichedField better(EnrichedField byRules, EnrichedField byEmbedding) {
        if (!byEmbedding.known()) {
            return byRules.known() ? byRules : byEmbedding;
        }
        return !byRules.known() || byEmbedding.confidence() > byRules.confidence() ? byEmbedding : byRules;
    }

    private static EnrichedField unknown(String why) {
        return new EnrichedField(LeadField.INDUSTRY, EnrichedField.UNKNOWN, why, 0.0);
    }

    @Override
    public String toString() {
        return "EmbeddingIndustryEnricher[threshold=" + threshold + ", minMargin=" + minMargin + "]";
    }

    /** Builds an {@link EmbeddingIndustryEnricher}. */
    public static final class Builder {
        private LeadEnricher rules = RuleEnricher.defaults();
        private double threshold = DEFAULT_THRESHOLD;
        private double minMargin = DEFAULT_MIN_MARGIN;
        private Supplier<EmbeddingModel> model = SharedEmbeddingModel::get;
        private Map<String, List<String>> descriptions;

        private Builder() {
        }

        /** The least similarity (0–1) between the lead and an industry description. Default 0.35. */
        public Builder threshold(double threshold) {
            this.threshold = unit("threshold", threshold);
            return this;
        }

        /** The least lead (0–1) of the best industry over the runner-up. Default 0.02. */
        public Builder minMargin(double margin) {
            this.minMargin = unit("minMargin", margin);
            return this;
        }

        /** The enricher asked first, and for every field other than industry. Default {@link RuleEnricher}. */
        public Builder rules(LeadEnricher rules) {
            this.rules = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /** Industry names and their short descriptions, instead of the bundled ones. */
        public Builder industries(Map<String, String> industries) {
            if (industries.isEmpty()) {
                throw new IllegalArgumentException("no industries");
            }
            Map<String, List<String>> copy = new LinkedHashMap<>();
            industries.forEach((name, text) -> copy.put(Objects.requireNonNull(name), List.of(text)));
            this.descriptions = java.util.Collections.unmodifiableMap(copy);
            return this;
        }

        /** Another embedding model, e.g. a larger local one. */
        public Builder embeddingModel(EmbeddingModel model) {
            Objects.requireNonNull(model, "model");
            this.model = () -> model;
            return this;
        }

        /** The enricher; the model and the descriptions' embeddings are loaded on first use. */
        public EmbeddingIndustryEnricher build() {
            if (descriptions == null) {
                industries(bundledIndustries());
            }
            return new EmbeddingIndustryEnricher(this);
        }

        private static double unit(String name, double v) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException(name + " must be 0..1 but was " + v);
            }
            return v;
        }
    }
}
