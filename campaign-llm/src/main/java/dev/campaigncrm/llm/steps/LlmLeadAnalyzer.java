package dev.campaigncrm.llm.steps;

import dev.campaigncrm.analysis.LeadAnalysis;
import dev.campaigncrm.analysis.LeadAnalyzer;
import dev.campaigncrm.analysis.LeadScorer;
import dev.campaigncrm.analysis.RubricScorer;
import dev.campaigncrm.analysis.RuleLeadAnalyzer;
import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.llm.LlmProvider;
import dev.campaigncrm.llm.internal.steps.AnalysisTask;
import dev.campaigncrm.llm.internal.steps.BatchGatherer;
import dev.campaigncrm.llm.internal.steps.Batches;
import dev.campaigncrm.llm.internal.steps.ChainResult;
import dev.campaigncrm.llm.internal.steps.ProviderChain;
import dev.campaigncrm.llm.provider.LlmProviders;
import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.rate.ModelBound;
import dev.campaigncrm.rate.RateCap;
import dev.langchain4j.model.chat.ChatModel;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Analyses leads with a language model: the model reads the notes and the lead (passed as quoted data, never as
 * instructions) and gives the engagement (0–30) with the phrases from the notes that justify it, values for missing
 * fields with a confidence, and the persona with a reason. Recency, seniority and size points and the total are
 * computed in code by the scorer ({@link RubricScorer} by default): the model never does dates or sums. Inferred
 * values fill only missing fields, with source {@code model <label>}.
 *
 * <p>Providers are tried in order; a failure or an answer that fails the checks (engagement outside 0–30, a phrase
 * not in the notes, an unknown persona, a link in an inferred value...) moves the lead to the next provider, and
 * after the last the offline analyser answers, with {@code Provenance.fallback(source, "<label>: <reason>; ...")}.
 * With {@link Builder#batchSize(int)} above 1, concurrent calls are gathered into one request per batch, checked
 * lead by lead. Thread-safe; no state between calls apart from the batch being gathered.
 */
public final class LlmLeadAnalyzer implements LeadAnalyzer, ModelBound {

    private static final Logger LOG = LoggerFactory.getLogger(LlmLeadAnalyzer.class);

    private final ProviderChain chain;
    private final LeadAnalyzer fallback;
    private final LeadScorer scorer;
    private final int batchSize;
    private final BatchGatherer<Dated, LeadAnalysis> gatherer;

    private LlmLeadAnalyzer(Builder b) {
        this.chain = new ProviderChain(b.providers, 0);
        this.fallback = b.fallback;
        this.scorer = b.scorer;
        this.batchSize = b.batchSize;
        this.gatherer = b.batchSize > 1 ? new BatchGatherer<>(b.batchSize, b.batchWindow, this::analyzeDated) : null;
    }

    /** The first provider's cap on requests a minute; the run sizes this step's leads in flight from it. */
    @Override
    public RateCap rateCap() {
        return chain.rateCap();
    }

    /** The batch size: concurrent leads gathered into one request. */
    @Override
    public int leadsPerCall() {
        return batchSize;
    }

    /** A builder: set the providers, optionally the fallback, scorer and batch size. */
    public static Builder builder() {
        return new Builder();
    }

    /** One LangChain4j chat model (labelled {@code chat-model}) behind the default limits, then the rules. */
    public static LlmLeadAnalyzer using(ChatModel model) {
        return builder().providers(List.of(LlmProviders.using(model, "chat-model"))).build();
    }

    @Override
    public LeadAnalysis analyze(Lead lead, LocalDate asOf) {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(asOf, "asOf");
        Dated item = new Dated(lead, asOf);
        return gatherer == null ? analyzeDated(List.of(item)).get(0) : gatherer.submit(item);
    }

    /** Analyses many leads, {@code batchSize} per request; one analysis per lead, in order. */
    public List<LeadAnalysis> analyzeAll(List<Lead> leads, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        List<Dated> items = leads.stream().map(l -> new Dated(Objects.requireNonNull(l, "lead"), asOf)).toList();
        List<LeadAnalysis> out = new ArrayList<>(items.size());
        Batches.split(items, batchSize).forEach(batch -> out.addAll(analyzeDated(batch)));
        return out;
    }

    private List<LeadAnalysis> analyzeDated(List<Dated> items) {
        LeadAnalysis[] out = new LeadAnalysis[items.size()];
        // a batch gathered from concurrent callers may mix as-of dates: one request per date
        for (LocalDate asOf : items.stream().map(Dated::asOf).distinct().toList()) {
            List<Integer> indices = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).asOf().equals(asOf)) {
                    indices.add(i);
                }
            }
            List<Lead> leads = indices.stream().map(i -> items.get(i).lead()).toList();
            List<ChainResult<LeadAnalysis>> results = chain.run(leads, new AnalysisTask(scorer, asOf));
            for (int k = 0; k < leads.size(); k++) {
                out[indices.get(k)] = orFallback(results.get(k), leads.get(k), asOf);
            }
        }
        return List.of(out);
    }

    private LeadAnalysis orFallback(ChainResult<LeadAnalysis> result, Lead lead, LocalDate asOf) {
        Optional<LeadAnalysis> value = result.value();
        if (value.isPresent()) {
            return value.get();
        }
        LeadAnalysis offline = fallback.analyze(lead, asOf);
        if (result.reasons().isEmpty()) {
            return offline;
        }
        LOG.debug("analysis fell back to {}: {}", offline.provenance().source(), result.reasonText());
        return new LeadAnalysis(offline.lead(), offline.enrichments(), offline.score(), offline.persona(),
                offline.personaReason(), Provenance.fallback(offline.provenance().source(), result.reasonText()));
    }

    private record Dated(Lead lead, LocalDate asOf) {
    }

    /** Configures an {@link LlmLeadAnalyzer}. */
    public static final class Builder {
        private List<LlmProvider> providers = List.of();
        private LeadAnalyzer fallback = RuleLeadAnalyzer.defaults();
        private LeadScorer scorer = RubricScorer.defaults();
        private int batchSize = 1;
        private Duration batchWindow = Duration.ofMillis(200);

        private Builder() {
        }

        /** The providers, tried in order (primary, secondary, ...). */
        public Builder providers(List<LlmProvider> providers) {
            this.providers = List.copyOf(providers);
            return this;
        }

        /** Who analyses when every provider failed (default {@link RuleLeadAnalyzer#defaults()}). */
        public Builder fallback(LeadAnalyzer fallback) {
            this.fallback = Objects.requireNonNull(fallback, "fallback");
            return this;
        }

        /** Computes recency, seniority and size points (default {@link RubricScorer#defaults()}). */
        public Builder scorer(LeadScorer scorer) {
            this.scorer = Objects.requireNonNull(scorer, "scorer");
            return this;
        }

        /** Leads per request (default 1); each lead is still checked, and falls back, on its own. */
        public Builder batchSize(int batchSize) {
            if (batchSize < 1) {
                throw new IllegalArgumentException("batchSize must be positive but was " + batchSize);
            }
            this.batchSize = batchSize;
            return this;
        }

        /** How long a partial batch of concurrent calls waits for more leads (default 200 ms). */
        public Builder batchWindow(Duration window) {
            if (window.isNegative()) {
                throw new IllegalArgumentException("batchWindow must not be negative");
            }
            this.batchWindow = window;
            return this;
        }

        /** The analyser. */
        public LlmLeadAnalyzer build() {
            return new LlmLeadAnalyzer(this);
        }
    }
}
