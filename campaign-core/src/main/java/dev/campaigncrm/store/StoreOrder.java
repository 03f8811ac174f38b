package dev.campaigncrm.store;

import dev.campaigncrm.sequence.SequenceMessage;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;

/** The orders every {@link CampaignStore} returns its rows in, so that all implementations agree. */
public final class StoreOrder {

    private StoreOrder() {
    }

    /** Messages by their lead's index (leads the store does not hold last, by id), step, then attempt. */
    public static Comparator<SequenceMessage> messages(Map<String, Integer> leadIndex) {
        Comparator<SequenceMessage> byIndex = Comparator.comparingInt(
                m -> leadIndex.getOrDefault(m.leadId(), Integer.MAX_VALUE));
        return byIndex.thenComparing(SequenceMessage::leadId, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(SequenceMessage::step)
                .thenComparingInt(SequenceMessage::attempt);
    }

    /** Replies by the time they arrived (unknown times last), then by key. */
    public static Comparator<StoredReply> replies() {
        Comparator<StoredReply> byTime = Comparator.comparing(r -> r.reply().receivedAt(),
                Comparator.nullsLast(Comparator.<Instant>naturalOrder()));
        return byTime.thenComparing(StoredReply::key);
    }
}
