package dev.campaigncrm.reply;

import static dev.campaigncrm.reply.ReplyCategory.INTERESTED;
import static dev.campaigncrm.reply.ReplyCategory.NEEDS_FOLLOW_UP;
import static dev.campaigncrm.reply.ReplyCategory.NOT_INTERESTED;
import static dev.campaigncrm.reply.ReplyCategory.UNCLEAR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Human replies, as a sales team would sort them: negations, substrings, one-word answers, opt-outs. */
class HumanReplyClassificationTest {

    private final RuleReplyClassifier classifier = RuleReplyClassifier.defaults();

    @ParameterizedTest(name = "[{index}] {1} <- {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sounds good, let's book a call for Tuesday.                         | INTERESTED
            Interested! What's your availability next week?                     | INTERESTED
            Please send me a calendar invite.                                   | INTERESTED
            Count me in.                                                        | INTERESTED
            Happy to talk - can we schedule a demo?                             | INTERESTED
            That's not a bad idea. Let's chat.                                  | INTERESTED
            Not a bad idea at all.                                              | INTERESTED
            Yes                                                                 | INTERESTED
            Yes please!                                                         | INTERESTED
            I'd love to see a demo of the platform.                             | INTERESTED
            No worries I'm interested, give me a call tomorrow.                | INTERESTED
            I know the problem well, let's set up a quick call.                 | INTERESTED
            Not interested.                                                     | NOT_INTERESTED
            No thanks.                                                          | NOT_INTERESTED
            No                                                                  | NOT_INTERESTED
            We're all set with our current vendor, thanks.                      | NOT_INTERESTED
            We already have a solution for this.                                | NOT_INTERESTED
            I don't think we'd be interested.                                   | NOT_INTERESTED
            Not a fit for us.                                                   | NOT_INTERESTED
            I'll pass.                                                          | NOT_INTERESTED
            No need to follow up.                                               | NOT_INTERESTED
            Please don't follow up on this.                                     | NOT_INTERESTED
            Unsubscribe                                                         | NOT_INTERESTED
            Please remove me from your list.                                    | NOT_INTERESTED
            Stop emailing me.                                                   | NOT_INTERESTED
            Take me off your list, thanks.                                      | NOT_INTERESTED
            Sounds interesting but please remove me from this list.             | NOT_INTERESTED
            We don't have the budget for this.                                  | NOT_INTERESTED
            Not right now, maybe next quarter.                                  | NEEDS_FOLLOW_UP
            Can you send more information?                                      | NEEDS_FOLLOW_UP
            Pricing?                                                            | NEEDS_FOLLOW_UP
            What does it cost?                                                  | NEEDS_FOLLOW_UP
            Check back after the holidays.                                      | NEEDS_FOLLOW_UP
            I'm not the right person. Please reach out to my colleague Dana.    | NEEDS_FOLLOW_UP
            Looping in our head of operations, who handles vendors.             | NEEDS_FOLLOW_UP
            Interested, but not until Q3. Can you ping me then?                 | NEEDS_FOLLOW_UP
            Let's talk next quarter.                                            | NEEDS_FOLLOW_UP
            Not interested right now, check back next year.                     | NEEDS_FOLLOW_UP
            We're all set for now. Maybe next year.                             | NEEDS_FOLLOW_UP
            Could you send over a case study and some details on how it works?  | NEEDS_FOLLOW_UP
            We're not happy with our current vendor - let's talk.               | INTERESTED
            Please don't send more information.                                 | NOT_INTERESTED
            Who is this? Not interested.                                        | NOT_INTERESTED
            Nope.                                                               | NOT_INTERESTED
            STOP                                                                | NOT_INTERESTED
            We went with another vendor last month.                             | NOT_INTERESTED
            ok                                                                  | UNCLEAR
            Maybe.                                                              | UNCLEAR
            Thanks for the note, I know the space well.                         | UNCLEAR
            maybe                                                               | UNCLEAR
            Who is this?                                                        | UNCLEAR
            I know.                                                             | UNCLEAR
            Nothing yet.                                                        | UNCLEAR
            Another email?                                                      | UNCLEAR
            Thanks.                                                             | UNCLEAR
            Interested, but we already have a solution.                         | NOT_INTERESTED
            Hmm.                                                                | UNCLEAR
            """)
    void classifiesHumanReplies(String body, ReplyCategory expected) {
        ReplyClassification c = classifier.classify(reply(body));

        assertThat(c.category()).as("%s -> %s", body, c).isEqualTo(expected);
        assertThat(c.rationale()).isNotBlank().doesNotContain("\n");
        if (expected != UNCLEAR) {
            assertThat(c.confidence()).isGreaterThanOrEqualTo(classifier.unclearBelow());
        }
    }

    static Reply reply(String body) {
        return new Reply("L1", "ann@example.test", "Re: Faster onboarding for Acme", body, Map.of(),
                Instant.parse("2026-11-25T10:00:00Z"), "test");
    }
}
