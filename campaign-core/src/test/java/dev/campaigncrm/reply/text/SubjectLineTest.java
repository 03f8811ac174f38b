package dev.campaigncrm.reply.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reply prefixes in many languages, tags and auto-reply prefixes. */
class SubjectLineTest {

    @ParameterizedTest
    @ValueSource(strings = {"Re: Faster onboarding", "RE : Faster onboarding", "Re[2]: Faster onboarding",
            "AW: Schnelleres Onboarding", "WG: Schnelleres Onboarding", "TR : Onboarding", "RV: Incorporación",
            "RES: Integração", "R: Onboarding", "Antw: Onboarding", "SV: Onboarding", "Odp: Onboarding",
            "Ответ: Онбординг", "回复：更快的入职", "[EXTERNAL] Re: Faster onboarding", "Fwd: Faster onboarding"})
    void replyAndForwardPrefixes(String subject) {
        assertThat(SubjectLine.isReply(subject)).isTrue();
        assertThat(SubjectLine.ownSubject(subject)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pricing question", "Unsubscribe", "Recap of our call", "Rebate"})
    void subjectsOfTheSendersOwn(String subject) {
        assertThat(SubjectLine.isReply(subject)).isFalse();
        assertThat(SubjectLine.ownSubject(" " + subject + " ")).contains(subject);
    }

    @Test
    void stripRemovesPrefixesTagsAndAutoReplyWords() {
        assertThat(SubjectLine.strip("[EXT] AW: Re[2]: Schnelleres Onboarding!")).isEqualTo(
                new SubjectLine.Stripped("schnelleres onboarding", true));
        assertThat(SubjectLine.strip("Automatic reply: Faster onboarding").rest()).isEqualTo("faster onboarding");
        assertThat(SubjectLine.strip("Faster onboarding")).isEqualTo(
                new SubjectLine.Stripped("faster onboarding", false));
    }
}
