package dev.campaigncrm.mail.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@code Message-ID} values under the sender's domain: random ({@code <uuid@domain>}) or derived from the campaign
 * and the lead ({@code <campaign-token.lead-token@domain>}), so that a message can be recognised in a Sent folder or
 * a reply's {@code In-Reply-To} long after it was sent.
 */
public final class MessageIds {

    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?");
    private static final Pattern UNSAFE = Pattern.compile("[^a-z0-9.-]+");
    private static final Pattern DOTS = Pattern.compile("\\.{2,}");
    /** Printable US-ASCII without spaces or angle brackets on both sides of one '@', within angle brackets. */
    private static final Pattern VALID = Pattern.compile(
            "<[\\x21-\\x3b\\x3d\\x3f-\\x7e&&[^@]]{1,250}@[\\x21-\\x3b\\x3d\\x3f-\\x7e&&[^@]]{1,250}>");
    private static final int MAX_TOKEN = 40;
    private static final int HASH_HEX = 12;

    private final String domain;

    /** Ids under the domain of {@code senderAddress}, or {@code localhost} when it has none usable. */
    public MessageIds(String senderAddress) {
        this.domain = domainOf(senderAddress);
    }

    /** A new id, never repeated: 122 random bits and the sender's domain, with angle brackets. */
    public String next() {
        return "<" + UUID.randomUUID() + "@" + domain + ">";
    }

    /** The id of {@code leadId}'s message in {@code campaignId}, under this generator's domain. */
    public String derived(String campaignId, String leadId) {
        return derive(campaignId, leadId, domain);
    }

    /**
     * True when {@code id} can go into a {@code Message-ID}, {@code In-Reply-To} or {@code References} header as is:
     * {@code <left@right>}, printable US-ASCII only, no spaces, CR, LF or further angle brackets or '@' inside.
     */
    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }

    /** The domain ids are issued under. */
    public String domain() {
        return domain;
    }

    /**
     * The same id for the same campaign, lead and domain, every time: {@code <campaign-token.lead-token@domain>},
     * with angle brackets. Tokens keep only {@code a-z0-9.-} of the ids (lower-cased, at most 40 characters); the
     * lead token ends in a 48-bit SHA-256 prefix of the whole lead id, and the campaign token gets one too when
     * sanitising changed it, so different ids never share a Message-ID however odd they are. A domain that is not a
     * plain host name becomes {@code localhost}.
     */
    public static String derive(String campaignId, String leadId, String domain) {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(leadId, "leadId");
        String campaign = token(campaignId);
        if (!campaign.equals(campaignId)) {
            campaign = (campaign.isEmpty() ? "c" : campaign) + "-" + hash(campaignId);
        }
        String lead = token(leadId);
        lead = (lead.isEmpty() ? "l" : lead) + "-" + hash(leadId);
        String d = domain == null ? "" : domain.toLowerCase(Locale.ROOT);
        return "<" + campaign + "." + lead + "@" + (DOMAIN.matcher(d).matches() ? d : "localhost") + ">";
    }

    /** The domain part of an address, lower-cased, or {@code localhost} when it has none usable. */
    public static String domainOf(String address) {
        int at = address == null ? -1 : address.lastIndexOf('@');
        String d = at < 0 ? "" : address.substring(at + 1).toLowerCase(Locale.ROOT);
        return DOMAIN.matcher(d).matches() ? d : "localhost";
    }

    /** Lower case, only {@code a-z0-9.-}, no leading, trailing or doubled dots, at most 40 characters. */
    private static String token(String id) {
        String t = UNSAFE.matcher(id.toLowerCase(Locale.ROOT)).replaceAll("-");
        t = DOTS.matcher(t).replaceAll(".");
        if (t.length() > MAX_TOKEN) {
            t = t.substring(0, MAX_TOKEN);
        }
        int start = 0;
        int end = t.length();
        while (start < end && t.charAt(start) == '.') {
            start++;
        }
        while (end > start && t.charAt(end - 1) == '.') {
            end--;
        }
        return t.substring(start, end);
    }

    private static String hash(String id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_HEX);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
