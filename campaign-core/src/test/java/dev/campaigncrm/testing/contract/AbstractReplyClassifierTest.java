package dev.campaigncrm.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.reply.Reply;
import dev.campaigncrm.reply.ReplyCategory;
import dev.campaigncrm.reply.ReplyClassification;
import dev.campaigncrm.reply.ReplyClassifier;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What every {@link ReplyClassifier} does, however it decides: one of the five classes for every reply, with a
 * rationale and a confidence in [0, 1]; an empty reply is not a machine's; the same reply, the same answer.
 */
public abstract class AbstractReplyClassifierTest {

    /** Replies of every kind a campaign meets, in English. */
    protected static final List<Reply> REPLIES = List.of(
            reply("Re: a question", "Sounds great, can we talk on Tuesday at 10?", Map.of()),
            reply("Re: a question", "No thanks, we are not interested. Please remove me from your list.", Map.of()),
            reply("Re: a question", "Maybe next quarter, ask me again in March.", Map.of()),
            reply("Re: a question", "Who are you?", Map.of()),
            reply("Automatic reply: a question", "I am out of the office until Monday with no access to email.",
                    Map.of("Auto-Submitted", "auto-replied")));

    /** The classifier under test. */
    protected abstract ReplyClassifier classifier();

    /** A reply from a lead to the first email. */
    protected static Reply reply(String subject, String body, Map<String, String> headers) {
        return new Reply("L1", "ada@example.test", subject, body, headers, Instant.parse("2026-01-05T09:00:00Z"),
                "contract-test");
    }

    @Test
    void everyReplyGetsOneClassARationaleAndAConfidence() {
        ReplyClassifier classifier = classifier();

        for (Reply reply : REPLIES) {
            ReplyClassification c = classifier.classify(reply);

            assertThat(c.category()).as(reply.body()).isIn((Object[]) ReplyCategory.values());
            assertThat(c.confidence()).as(reply.body()).isBetween(0.0, 1.0);
            assertThat(c.rationale()).as(reply.body()).isNotBlank();
        }
    }

    @Test
    void anEmptyReplyIsNotSkipped() {
        ReplyClassification c = classifier().classify(reply("Re: a question", "", Map.of()));

        assertThat(c.category()).isNotEqualTo(ReplyCategory.SKIP);
    }

    @Test
    void theSameReplyGetsTheSameAnswer() {
        ReplyClassifier classifier = classifier();

        for (Reply reply : REPLIES) {
            ReplyClassification first = classifier.classify(reply);
            ReplyClassification again = classifier.classify(reply);

            assertThat(again.category()).as(reply.body()).isEqualTo(first.category());
            assertThat(again.confidence()).as(reply.body()).isEqualTo(first.confidence());
            assertThat(again.rationale()).as(reply.body()).isEqualTo(first.rationale());
        }
    }
}
