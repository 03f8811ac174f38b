package dev.campaigncrm.llm.internal.steps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What counts as a link in model-written text: anything a mail client could make clickable. */
class ModelTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"see https://evil.test/x", "go to evil-offers.shop/pay now", "bit.do/x",
        "visit evil.tk/promo", "open 203.0.113.5/login", "write to mailto:x@evil", "call tel:+15550100",
        "javascript:alert(1)", "www.example", "ftp://files.example/x", "our site Northwind.analytics today"})
    void linksInAnyFormAreFound(String text) {
        assertThat(ModelText.hasLinkOrAddress(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hi Priya,", "We cut forecast prep by 2.5 hours a week.", "the U.S. market",
        "Best regards, Alex Morgan", "Account Executive, Northwind Analytics", "Does Tuesday at 10:30 work?",
        "e.g. a weekly review"})
    void ordinaryProseIsNotALink(String text) {
        assertThat(ModelText.hasLinkOrAddress(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"alex@northwind.test", "write to a.b@example.com"})
    void addressesAreFoundAsAddressesNotAsBareHosts(String text) {
        assertThat(ModelText.emails(text)).hasSize(1);
        assertThat(ModelText.urls(text)).isEmpty();
    }
}
