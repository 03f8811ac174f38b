package dev.campaigncrm.llm.steps;

import dev.campaigncrm.llm.LlmProvider;
import dev.campaigncrm.llm.internal.steps.ChainResult;
import dev.campaigncrm.llm.internal.steps.ProviderChain;
import dev.campaigncrm.llm.internal.steps.ReplyTask;
import dev.campaigncrm.llm.provider.LlmProviders;
import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.rate.ModelBound;
import dev.campaigncrm.rate.RateCap;
import dev.campaigncrm.reply.Reply;
import dev.campaigncrm.reply.ReplyCategory;
import dev.campaigncrm.reply.ReplyClassification;
import dev.campaigncrm.reply.ReplyClassifier;
import dev.campaigncrm.reply.RuleReplyClassifier;
import dev.campaigncrm.reply.cues.PhraseEvidence;
import dev.campaigncrm.reply.text.Referrals;
import dev.campaigncrm.reply.text.ReplyText;
import dev.langchain4j.model.chat.ChatModel;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Classifies replies with the certain rules first, then a language model. The rules ({@link RuleReplyClassifier})
 * decide alone when they are certain: an automatic reply or bounce ({@code SKIP} at {@value #CERTAIN_SKIP} or more,
 * from headers such as {@code Auto-Submitted} or auto-reply subjects), a decline at {@value #CERTAIN_DECLINE} or more
 * (every opt-out: "unsubscribe", "remove me"), or a reply with no words of the sender's own; such replies, and their
 * headers, never reach the model. Otherwise the model gives one of the five classes, a confidence and a one-line
 * rationale, from the subject and the new text only (quoted data, never headers); below the threshold (default 0.6)
 * the reply is {@code UNCLEAR}. {@code SKIP} needs the rules' evidence of automatic mail: the model's {@code SKIP}
 * without it is {@code UNCLEAR}. When every provider fails, the fallback classifies it with the reasons recorded.
 * A {@link ModelBound} step: unless the campaign's concurrency is fixed, the replies classified at once follow the
 * first provider's cap. Thread-safe.
 */
public final class LlmReplyClassifier implements ReplyClassifier, ModelBound {

    /** The least confidence of a rules {@code SKIP} that is kept without asking the model. */
    public static final double CERTAIN_SKIP = 0.95;
    /** The least confidence of a rules decline (every opt-out) that is kept without asking the model. */
    public static final double CERTAIN_DECLINE = 0.97;

    private static final Logger LOG = LoggerFactory.getLogger(LlmReplyClassifier.class);

    private final RuleReplyClassifier rules;
    private final ProviderChain chain;
    private final ReplyTask task;
    private final ReplyClassifier fallback;

    private LlmReplyClassifier(Builder b) {
        this.rules = b.rules;
        this.chain = new ProviderChain(b.providers, 0);
        this.task = new ReplyTask(b.unclearBelow);
        this.fallback = b.fallback;
    }

    /** A builder: set the providers, optionally the threshold and the fallback. */
    public static Builder builder() {
        return new Builder();
    }

    /** One LangChain4j chat model (labelled {@code chat-model}) behind the default limits, then the rules. */
    public static LlmReplyClassifier using(ChatModel model) {
        return builder().providers(List.of(LlmProviders.using(model, "chat-model"))).build();
    }

    /** The first provider's cap on requests a minute; the run sizes the replies classified at once from it. */
    @Override
    public RateCap rateCap() {
        return chain.rateCap();
    }

    @Override
    public ReplyClassification classify(Reply reply) {
        Objects.requireNonNull(reply, "reply");
        ReplyClassification certain = rules.classify(reply);
        if (isCertain(certain) || ReplyText.withOwnSubject(reply.subject(), ReplyText.of(reply.body())).isBlank()) {
            return certain;
        }
        ChainResult<ReplyClassification> result = chain.run(List.of(reply), task).get(0);
        if (result.value().isPresent()) {
            return withReferral(onEvidence(result.value().get(), certain), reply);
        }
        ReplyClassification offline = fallback.classify(reply);
        if (result.reasons().isEmpty()) {
            return offline;
        }
        LOG.debug("classification fell back to {}: {}", offline.provenance().source(), result.reasonText());
        return new ReplyClassification(offline.category(), offline.confidence(), offline.rationale(),
                Provenance.fallback(offline.provenance().source(), result.reasonText()), offline.referral());
    }

    /** A follow-up whose phrases point to another person keeps the address or name the reply gives. */
    private static ReplyClassification withReferral(ReplyClassification c, Reply reply) {
        if (c.category() != ReplyCategory.NEEDS_FOLLOW_UP || c.hasReferral()) {
            return c;
        }
        String text = ReplyText.withOwnSubject(reply.subject(), ReplyText.of(reply.body()));
        return PhraseEvidence.of(text).refers() ? c.withReferral(Referrals.find(text).orElse("")) : c;
    }

    /** The model's answer, but a SKIP the rules found no evidence of automatic mail for is a person's: UNCLEAR. */
    private static ReplyClassification onEvidence(ReplyClassification byModel, ReplyClassification byRules) {
        if (byModel.category() != ReplyCategory.SKIP || byRules.category() == ReplyCategory.SKIP) {
            return byModel;
        }
        return new ReplyClassification(ReplyCategory.UNCLEAR, byModel.confidence(),
                "model took it for automatic mail, with no evidence of it: " + byModel.rationale(),
                byModel.provenance());
    }

    private static boolean isCertain(ReplyClassification c) {
        return c.category() == ReplyCategory.SKIP && c.confidence() >= CERTAIN_SKIP
                || c.category() == ReplyCategory.NOT_INTERESTED && c.confidence() >= CERTAIN_DECLINE;
    }

    /** Configures an {@link LlmReplyClassifier}. */
    public static final class Builder {
        private List<LlmProvider> providers = List.of();
        private ReplyClassifier fallback = RuleReplyClassifier.defaults();
        private RuleReplyClassifier rules = RuleReplyClassifier.defaults();
        private double unclearBelow = RuleReplyClassifier.DEFAULT_UNCLEAR_BELOW;

        private Builder() {
        }

        /** The providers, tried in order (primary, secondary, ...). */
        public Builder providers(List<LlmProvider> providers) {
            this.providers = List.copyOf(providers);
            return this;
        }

        /** Who classifies when every provider failed (default {@link RuleReplyClassifier#defaults()}). */
        public Builder fallback(ReplyClassifier fallback) {
            this.fallback = Objects.requireNonNull(fallback, "fallback");
            return this;
        }

        /** The certain layer asked first (default {@link RuleReplyClassifier#defaults()}). */
        public Builder rules(RuleReplyClassifier rules) {
            this.rules = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /** The least model confidence for a class other than UNCLEAR (0–1, default 0.6). */
        public Builder unclearBelow(double threshold) {
            if (!(threshold >= 0 && threshold <= 1)) {
                throw new IllegalArgumentException("unclearBelow must be 0..1 but was " + threshold);
            }
            this.unclearBelow = threshold;
            return this;
        }

        /** The classifier. */
        public LlmReplyClassifier build() {
            return new LlmReplyClassifier(this);
        }
    }
}
