package dev.campaigncrm.compose;

import java.util.List;
import java.util.Objects;

/**
 * What the campaign offers and who signs it: the composer writes about this and nothing else. Links and addresses
 * a draft may contain are exactly the ones listed here.
 *
 * @param senderName       who signs, e.g. "Alex Morgan"
 * @param senderTitle      the signer's title, e.g. "Account Executive"
 * @param senderCompany    the selling company
 * @param product          what is offered, as a noun phrase: "a revenue analytics platform"
 * @param valueProposition one sentence of what it does for a customer, without a full stop
 * @param callToAction     what the reader is asked for, e.g. "a 20-minute call next week"
 * @param allowedLinks     the only URLs a draft may contain (e.g. a booking page); may be empty
 */
public record CampaignBrief(String senderName, String senderTitle, String senderCompany, String product,
                            String valueProposition, String callToAction, List<String> allowedLinks) {

    /** Checks that every text is present and copies the links. */
    public CampaignBrief {
        Objects.requireNonNull(senderName, "senderName");
        Objects.requireNonNull(senderTitle, "senderTitle");
        Objects.requireNonNull(senderCompany, "senderCompany");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(valueProposition, "valueProposition");
        Objects.requireNonNull(callToAction, "callToAction");
        allowedLinks = List.copyOf(allowedLinks);
    }

    /** The brief of the bundled example: a fictional analytics vendor. */
    public static CampaignBrief example() {
        return new CampaignBrief("Alex Morgan", "Account Executive", "Northwind Analytics",
                "a revenue analytics platform",
                "turns scattered pipeline data into a weekly forecast your team can act on",
                "a 20-minute call next week", List.of());
    }
}
