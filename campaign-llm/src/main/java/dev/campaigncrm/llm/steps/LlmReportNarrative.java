package dev.campaigncrm.llm.steps;

import dev.campaigncrm.llm.LlmProvider;
import dev.campaigncrm.llm.internal.steps.ChainResult;
import dev.campaigncrm.llm.internal.steps.NarrativeTask;
import dev.campaigncrm.llm.internal.steps.ProviderChain;
import dev.campaigncrm.llm.provider.LlmProviders;
import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.report.CampaignStats;
import dev.campaigncrm.report.MarkdownReportWriter;
import dev.campaigncrm.report.Narrative;
import dev.campaigncrm.report.ReportNarrative;
import dev.langchain4j.model.chat.ChatModel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the report's narrative sections (executive summary, key findings, recommendations, conclusion) with a
 * language model, from the statistics that code computed and passes in as JSON; every table stays code-computed.
 * A narrative that states a number not in those statistics (an invented or self-computed figure), or holds a link,
 * is rejected and the next provider tries; after the last, the fallback (by default the report writer's rule text)
 * is used, and the report's provenance records the reasons. Use it with
 * {@code MarkdownReportWriter.builder().narrative(...)} or {@link #reportWriter()}. Thread-safe.
 */
public final class LlmReportNarrative implements ReportNarrative {

    private static final Logger LOG = LoggerFactory.getLogger(LlmReportNarrative.class);
    private static final String RULE_TEXT_SOURCE = "template";

    private final ProviderChain chain;
    private final ReportNarrative fallback;

    private LlmReportNarrative(Builder b) {
        this.chain = new ProviderChain(b.providers, 0);
        this.fallback = b.fallback;
    }

    /** A builder: set the providers, optionally the fallback. */
    public static Builder builder() {
        return new Builder();
    }

    /** One LangChain4j chat model (labelled {@code chat-model}) behind the default limits, then the rule text. */
    public static LlmReportNarrative using(ChatModel model) {
        return builder().providers(List.of(LlmProviders.using(model, "chat-model"))).build();
    }

    /** A markdown report writer whose narrative comes from this. */
    public MarkdownReportWriter reportWriter() {
        return MarkdownReportWriter.builder().narrative(this).build();
    }

    @Override
    public Optional<Narrative> write(CampaignStats stats) {
        Objects.requireNonNull(stats, "stats");
        ChainResult<Narrative> result = chain.run(List.of(stats), new NarrativeTask()).get(0);
        if (result.value().isPresent()) {
            return result.value();
        }
        Optional<Narrative> offline = fallback.write(stats);
        if (result.reasons().isEmpty()) {
            return offline;
        }
        LOG.debug("report narrative fell back: {}", result.reasonText());
        return Optional.of(offline
                .map(n -> new Narrative(n.executiveSummary(), n.keyFindings(), n.recommendations(), n.conclusion(),
                        Provenance.fallback(n.provenance().source(), result.reasonText())))
                .orElse(Narrative.ruleText(Provenance.fallback(RULE_TEXT_SOURCE, result.reasonText()))));
    }

    /** Configures an {@link LlmReportNarrative}. */
    public static final class Builder {
        private List<LlmProvider> providers = List.of();
        private ReportNarrative fallback = ReportNarrative.ruleText();

        private Builder() {
        }

        /** The providers, tried in order (primary, secondary, ...). */
        public Builder providers(List<LlmProvider> providers) {
            this.providers = List.copyOf(providers);
            return this;
        }

        /** Who writes when every provider failed (default {@link ReportNarrative#ruleText()}: the rules). */
        public Builder fallback(ReportNarrative fallback) {
            this.fallback = Objects.requireNonNull(fallback, "fallback");
            return this;
        }

        /** The narrative writer. */
        public LlmReportNarrative build() {
            return new LlmReportNarrative(this);
        }
    }
}
