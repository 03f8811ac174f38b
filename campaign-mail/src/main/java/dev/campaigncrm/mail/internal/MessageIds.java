package dev.campaigncrm.mail.internal;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** Globally unique {@code Message-ID} values of the form {@code <random@sender-domain>}. */
public final class MessageIds {

    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?");

    private final String domain;

    /** Ids under the domain of {@code senderAddress}, or {@code localhost} when it has none usable. */
    public MessageIds(String senderAddress) {
        this.domain = domainOf(senderAddress);
    }

    /** A new id, never repeated: 122 random bits and the sender's domain, with angle brackets. */
    public String next() {
        return "<" + UUID.randomUUID() + "@" + domain + ">";
    }

    /** The domain ids are issued under. */
    public String domain() {
        return domain;
    }

    private static String domainOf(String address) {
        int at = address == null ? -1 : address.lastIndexOf('@');
        String d = at < 0 ? "" : address.substring(at + 1).toLowerCase(Locale.ROOT);
        return DOMAIN.matcher(d).matches() ? d : "localhost";
    }
}
