package dev.campaigncrm.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Derived Message-IDs: stable, safe whatever the ids contain, and distinct for distinct leads. */
class MessageIdsTest {

    private static final String SAFE = "<[a-z0-9.-]+@[a-z0-9.-]+>";

    @Test
    void theSameCampaignAndLeadGiveTheSameId() {
        assertThat(MessageIds.derive("q3", "L1", "example.com")).isEqualTo(MessageIds.derive("q3", "L1",
                "example.com"));
        assertThat(MessageIds.derive("q3", "L1", "example.com")).isNotEqualTo(MessageIds.derive("q4", "L1",
                "example.com"));
    }

    @Test
    void hostileIdsBecomeASafeDotAtom() {
        String id = MessageIds.derive("Camp\r\nBcc: x@evil", "../<lead>@\"x\" ..", "example.com");

        assertThat(id).matches(SAFE).doesNotContain("..").doesNotContain("\r").doesNotContain("\n");
        assertThat(id.substring(1, id.indexOf('@'))).doesNotStartWith(".").doesNotEndWith(".");
    }

    @Test
    void leadIdsThatSanitiseAlikeStillGetDifferentIds() {
        assertThat(MessageIds.derive("c", "a b", "example.com"))
                .isNotEqualTo(MessageIds.derive("c", "a_b", "example.com"))
                .isNotEqualTo(MessageIds.derive("c", "A B", "example.com"));
        assertThat(MessageIds.derive("Q3", "L1", "example.com"))
                .isNotEqualTo(MessageIds.derive("q3", "L1", "example.com"));
    }

    @Test
    void longAndEmptyIdsAreBoundedAndUsable() {
        assertThat(MessageIds.derive("c", "x".repeat(5000), "example.com")).matches(SAFE).hasSizeLessThan(120);
        assertThat(MessageIds.derive("", "", "example.com")).matches(SAFE);
        assertThat(MessageIds.derive("c", "日本語", "example.com")).matches(SAFE);
    }

    @Test
    void anUnusableDomainBecomesLocalhost() {
        assertThat(MessageIds.derive("c", "L1", "bad domain>")).endsWith("@localhost>");
        assertThat(MessageIds.derive("c", "L1", "Example.COM")).endsWith("@example.com>");
    }

    @Test
    void onlyWellFormedIdsAreValidForThreadHeaders() {
        assertThat(MessageIds.isValid(MessageIds.derive("c", "L1#s2", "example.com"))).isTrue();
        assertThat(MessageIds.isValid("<CAF=x+y/z_1@mail.gmail.com>")).isTrue();
        assertThat(MessageIds.isValid("<x@y>\r\nBcc: a@b")).isFalse();
        assertThat(MessageIds.isValid("<a b@y>")).isFalse();
        assertThat(MessageIds.isValid("a@y")).isFalse();
        assertThat(MessageIds.isValid("<a<b@y>")).isFalse();
        assertThat(MessageIds.isValid("<ab-y>")).isFalse();
        assertThat(MessageIds.isValid("<é@y>")).isFalse();
        assertThat(MessageIds.isValid(null)).isFalse();
    }
}
