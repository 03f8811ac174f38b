package dev.campaigncrm.llm.steps;

import dev.campaigncrm.analysis.LeadAnalysis;
import dev.campaigncrm.compose.CampaignBrief;
import dev.campaigncrm.compose.EmailComposer;
import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.compose.EmailVariants;
import dev.campaigncrm.compose.FollowUp;
import dev.campaigncrm.compose.TemplateEmailComposer;
import dev.campaigncrm.llm.LlmProvider;
import dev.campaigncrm.llm.internal.steps.BatchGatherer;
import dev.campaigncrm.llm.internal.steps.Batches;
import dev.campaigncrm.llm.internal.steps.ChainResult;
import dev.campaigncrm.llm.internal.steps.ComposeTask;
import dev.campaigncrm.llm.internal.steps.DraftCheck;
import dev.campaigncrm.llm.internal.steps.FollowUpTask;
import dev.campaigncrm.llm.internal.steps.ProviderChain;
import dev.campaigncrm.llm.provider.LlmProviders;
import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.rate.ModelBound;
import dev.campaigncrm.rate.RateCap;
import dev.langchain4j.model.chat.ChatModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each email with a language model as structured output ({@code subject}, {@code body}, {@code tone},
 * {@code urgency}, {@code personalization_notes}), prompted with the seed's tone-by-seniority and urgency-by-score
 * rules, the lead's industry, size, role and location (sanitised, as quoted data) and the {@link CampaignBrief}.
 *
 * <p>Tone and urgency are decided in code ({@code Tone.forSeniority}, {@code Urgency.forScore}); a draft labelled
 * otherwise was written in the wrong register and is rejected, not relabelled. Every draft passes
 * {@link DraftCheck} (placeholders, length in characters and words, greeting by first name, links and addresses, clichés, text copied from
 * the notes). A rejected draft is retried once with the reason, then the next provider tries, and after the last the
 * {@link TemplateEmailComposer} writes it, with the reasons in {@code Provenance.fallback}. The recipient's address
 * and name always come from the lead, never from the model. Follow-ups ({@link #followUp}) are written the same way
 * from the lead, the step and the earlier emails, within {@code WordCount.FOLLOW_UP_MAX} words. Thread-safe.
 */
public final class LlmEmailComposer implements EmailComposer, ModelBound {

    private static final Logger LOG = LoggerFactory.getLogger(LlmEmailComposer.class);

    private final ProviderChain chain;
    private final CampaignBrief brief;
    private final String senderAddress;
    private final FollowUpTask followUpTask;
    private final EmailComposer fallback;
    private final int batchSize;
    private final Duration batchWindow;
    /** Per A/B variant ("" for none): the request's task and, with batches, the gatherer of its leads. */
    private final Map<String, VariantWriter> writers = new ConcurrentHashMap<>();

    private LlmEmailComposer(Builder b) {
        this.chain = new ProviderChain(b.providers, 1);
        this.brief = b.brief;
        this.senderAddress = b.senderAddress;
        this.followUpTask = new FollowUpTask(b.brief, b.senderAddress);
        this.fallback = b.fallback != null ? b.fallback : TemplateEmailComposer.builder().brief(b.brief).build();
        this.batchSize = b.batchSize;
        this.batchWindow = b.batchWindow;
        writer("");
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

    /** A builder: set the providers and the brief, optionally the fallback and batch size. */
    public static Builder builder() {
        return new Builder();
    }

    /** One LangChain4j chat model (labelled {@code chat-model}) for the example brief, then the templates. */
    public static LlmEmailComposer using(ChatModel model) {
        return builder().providers(List.of(LlmProviders.using(model, "chat-model"))).build();
    }

    @Override
    public EmailDraft compose(LeadAnalysis analysis) {
        return compose(analysis, "");
    }

    /**
     * The draft as A/B variant {@code variant}: the model is asked for the variant's subject line and opening as
     * {@link EmailVariants#style} describes them; the fallback writes the same variant of its own.
     *
     * @throws IllegalArgumentException for a name that is no variant
     */
    @Override
    public EmailDraft compose(LeadAnalysis analysis, String variant) {
        Objects.requireNonNull(analysis, "analysis");
        VariantWriter w = writer(variant == null ? "" : variant);
        return w.gatherer() == null ? composeBatch(List.of(analysis), w).get(0) : w.gatherer().submit(analysis);
    }

    /**
     * A follow-up written by the model from the lead, the step and the earlier emails, checked like a first email
     * with the follow-up's word limit; a rejected one is retried once with the reason, then the next provider tries,
     * then the fallback's follow-up is used with the reasons in {@code Provenance.fallback}. Its subject is
     * {@code Re: } and the first email's.
     */
    @Override
    public EmailDraft followUp(LeadAnalysis analysis, FollowUp followUp) {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(followUp, "followUp");
        ChainResult<EmailDraft> r = chain.run(List.of(new FollowUpTask.Item(analysis, followUp)), followUpTask).get(0);
        return r.value().orElseGet(() -> withReasons(fallback.followUp(analysis, followUp), r));
    }

    /** Writes many drafts, {@code batchSize} leads per request; one draft per analysis, in order. */
    public List<EmailDraft> composeAll(List<LeadAnalysis> analyses) {
        List<EmailDraft> out = new ArrayList<>(analyses.size());
        VariantWriter w = writer("");
        Batches.split(analyses, batchSize).forEach(batch -> out.addAll(composeBatch(batch, w)));
        return out;
    }

    /** The task and gatherer of one variant, made on first use. */
    private VariantWriter writer(String variant) {
        return writers.computeIfAbsent(variant, v -> {
            ComposeTask task = new ComposeTask(brief, senderAddress, v);
            BatchGatherer<LeadAnalysis, EmailDraft> gatherer = batchSize > 1
                    ? new BatchGatherer<>(batchSize, batchWindow, batch -> composeBatch(batch, task, v)) : null;
            return new VariantWriter(v, task, gatherer);
        });
    }

    private List<EmailDraft> composeBatch(List<LeadAnalysis> analyses, VariantWriter w) {
        return composeBatch(analyses, w.task(), w.variant());
    }

    private List<EmailDraft> composeBatch(List<LeadAnalysis> analyses, ComposeTask task, String variant) {
        List<ChainResult<EmailDraft>> results = chain.run(analyses, task);
        List<EmailDraft> out = new ArrayList<>(analyses.size());
        for (int i = 0; i < analyses.size(); i++) {
            LeadAnalysis analysis = analyses.get(i);
            ChainResult<EmailDraft> r = results.get(i);
            out.add(r.value().orElseGet(() -> withReasons(fallback.compose(analysis, variant), r)));
        }
        return out;
    }

    /**
     * What writes one variant's drafts.
     *
     * @param variant  the variant, empty for none
     * @param task     its request
     * @param gatherer its batches of concurrent calls, or null for one lead per request
     */
    private record VariantWriter(String variant, ComposeTask task, BatchGatherer<LeadAnalysis, EmailDraft> gatherer) {
    }

    /** The fallback's draft, with the chain's reasons in its provenance when there are any. */
    private static EmailDraft withReasons(EmailDraft d, ChainResult<EmailDraft> r) {
        if (r.reasons().isEmpty()) {
            return d;
        }
        LOG.debug("draft fell back to {}: {}", d.provenance().source(), r.reasonText());
        return new EmailDraft(d.leadId(), d.to(), d.recipientName(), d.subject(), d.body(), d.tone(), d.urgency(),
                d.personalizationNotes(), Provenance.fallback(d.provenance().source(), r.reasonText()), d.step(),
                d.variant());
    }

    /** Configures an {@link LlmEmailComposer}. */
    public static final class Builder {
        private List<LlmProvider> providers = List.of();
        private CampaignBrief brief = CampaignBrief.example();
        private String senderAddress = "";
        private EmailComposer fallback;
        private int batchSize = 1;
        private Duration batchWindow = Duration.ofMillis(200);

        private Builder() {
        }

        /** The providers, tried in order (primary, secondary, ...). */
        public Builder providers(List<LlmProvider> providers) {
            this.providers = List.copyOf(providers);
            return this;
        }

        /** What is offered, who signs and the only links allowed (default {@link CampaignBrief#example()}). */
        public Builder brief(CampaignBrief brief) {
            this.brief = Objects.requireNonNull(brief, "brief");
            return this;
        }

        /** The sender's address, the only email address a draft may contain (default none). */
        public Builder senderAddress(String address) {
            this.senderAddress = Objects.requireNonNull(address, "address").strip();
            return this;
        }

        /** Who writes when every provider failed (default a {@link TemplateEmailComposer} for the same brief). */
        public Builder fallback(EmailComposer fallback) {
            this.fallback = Objects.requireNonNull(fallback, "fallback");
            return this;
        }

        /** Leads per request (default 1); each draft is still checked, and falls back, on its own. */
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

        /** The composer. */
        public LlmEmailComposer build() {
            return new LlmEmailComposer(this);
        }
    }
}
