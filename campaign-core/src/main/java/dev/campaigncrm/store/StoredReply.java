package dev.campaigncrm.store;

import dev.campaigncrm.reply.Reply;
import dev.campaigncrm.reply.ReplyClassification;
import java.util.Objects;

/**
 * A reply as the campaign store keeps it, with its class, so that every later run sees it without reading or
 * classifying it again.
 *
 * @param key            unique per campaign: the reply's Message-ID, else a hash of sender, time, subject and text
 * @param leadId         the lead it answers
 * @param step           the step it answers (the message its {@code In-Reply-To} names, else the latest step sent
 *                       before it arrived)
 * @param reply          the reply
 * @param classification its class
 */
public record StoredReply(String key, String leadId, int step, Reply reply, ReplyClassification classification) {

    /** Requires every part. */
    public StoredReply {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(classification, "classification");
    }
}
