package dev.campaigncrm.reply;

/** PLACEHOLDER (signature only) — being implemented on branch reply. */
public final class RuleReplyClassifier implements ReplyClassifier {
    /** The offline default. */
    public static RuleReplyClassifier defaults() {
        return new RuleReplyClassifier();
    }

    @Override
    public ReplyClassification classify(Reply reply) {
        throw new UnsupportedOperationException("placeholder");
    }
}
