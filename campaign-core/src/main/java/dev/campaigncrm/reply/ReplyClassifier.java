package dev.campaigncrm.reply;

/** Step five of the campaign: puts a reply into one of the five classes, with a confidence and a rationale. */
public interface ReplyClassifier {

    /** The class of the reply; when unsure, {@link ReplyCategory#UNCLEAR} rather than a guess. */
    ReplyClassification classify(Reply reply);
}
