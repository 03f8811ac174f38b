package dev.campaigncrm.reply;

import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.reply.cues.PhraseEvidence;
import dev.campaigncrm.reply.text.AutoReplyEvidence;
import dev.campaigncrm.reply.text.AutomaticMail;
import dev.campaigncrm.reply.text.Referrals;
import dev.campaigncrm.reply.text.ReplyText;
import java.util.Objects;

/**
 * The offline reply classifier: explainable rules, no network. First the reply's new text is read ({@link ReplyText}:
 * quoted history, signatures and disclaimers dropped, in twelve languages); then evidence of automatic mail ({@link
 * AutomaticMail}: auto-reply and bounce headers, robot and null senders, auto-reply subjects, out-of-office and bounce
 * sentences) gives {@link ReplyCategory#SKIP}, and nothing else does: a short or empty reply with no such evidence is
 * a person's and at most {@link ReplyCategory#UNCLEAR}. Otherwise phrases in the new text (and in a subject of its own)
 * are matched as whole words with negation ("not a bad idea", "no need to follow up") and weighed into a class.
 * Evidence that is weak or contradicts itself below the threshold gives {@code UNCLEAR}. A reply saying its addressee
 * left ("no longer with the company") is SKIP with the rationale {@code contact left}; it and a follow-up pointing to
 * another person keep the address or name given in {@link ReplyClassification#referral()}. Immutable and thread-safe.
 */
public final class RuleReplyClassifier implements ReplyClassifier {

    /** The default least confidence for a class other than UNCLEAR. */
    public static final double DEFAULT_UNCLEAR_BELOW = 0.6;

    private static final int MAX_CHARS = 20_000;
    private static final Provenance RULES = Provenance.of("rules");

    private final double unclearBelow;

    private RuleReplyClassifier(double unclearBelow) {
        this.unclearBelow = unclearBelow;
    }

    /** The offline default: UNCLEAR below a confidence of {@value #DEFAULT_UNCLEAR_BELOW}. */
    public static RuleReplyClassifier defaults() {
        return builder().build();
    }

    /** A builder to change the UNCLEAR threshold. */
    public static Builder builder() {
        return new Builder();
    }

    /** The least confidence a class needs; below it the reply is UNCLEAR. */
    public double unclearBelow() {
        return unclearBelow;
    }

    @Override
    public ReplyClassification classify(Reply reply) {
        Objects.requireNonNull(reply, "reply");
        String newText = ReplyText.of(head(reply.body()));
        var automatic = AutomaticMail.find(reply.headers(), reply.from(), reply.subject(), newText,
                reply.quotesHistory());
        if (automatic.isPresent()) {
            var skip = result(ReplyCategory.SKIP, automatic.get().confidence(), automatic.get().rationale());
            return automatic.get().kind() == AutoReplyEvidence.Kind.CONTACT_LEFT
                    ? skip.withReferral(Referrals.find(newText).orElse("")) : skip;
        }
        String text = ReplyText.withOwnSubject(reply.subject(), newText);
        if (text.isBlank()) {
            return result(ReplyCategory.UNCLEAR, 0.9, reply.body().isBlank()
                    ? "empty reply with no sign of automatic mail: a person should read it"
                    : "no new text in the reply, only quoted history or a signature");
        }
        var verdict = PhraseEvidence.of(text, unclearBelow);
        var c = result(ReplyCategory.of(verdict.intent()), verdict.confidence(), verdict.rationale());
        return c.category() == ReplyCategory.NEEDS_FOLLOW_UP && verdict.refers()
                ? c.withReferral(Referrals.find(text).orElse("")) : c;
    }

    @Override
    public String toString() {
        return "RuleReplyClassifier[unclearBelow=" + unclearBelow + "]";
    }

    /** The start of a very long body: intent is stated early, and this bounds the work per reply. */
    private static String head(String body) {
        return body.length() > MAX_CHARS ? body.substring(0, MAX_CHARS) : body;
    }

    private static ReplyClassification result(ReplyCategory category, double confidence, String rationale) {
        return new ReplyClassification(category, confidence, rationale, RULES);
    }

    /** Builds a {@link RuleReplyClassifier}. */
    public static final class Builder {
        private double unclearBelow = DEFAULT_UNCLEAR_BELOW;

        private Builder() {
        }

        /** The least confidence a class needs (0–1); below it the reply is UNCLEAR. Default 0.6. */
        public Builder unclearBelow(double threshold) {
            if (!(threshold >= 0 && threshold <= 1)) {
                throw new IllegalArgumentException("unclearBelow must be 0..1 but was " + threshold);
            }
            this.unclearBelow = threshold;
            return this;
        }

        /** The classifier. */
        public RuleReplyClassifier build() {
            return new RuleReplyClassifier(unclearBelow);
        }
    }
}
