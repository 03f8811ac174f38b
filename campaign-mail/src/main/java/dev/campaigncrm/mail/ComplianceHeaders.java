package dev.campaigncrm.mail;

import dev.campaigncrm.mail.compliance.UnsubscribeToken;
import dev.campaigncrm.mail.internal.HeaderText;
import dev.campaigncrm.mail.internal.Recipients;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The compliance parts of every outgoing message, validated once when the mailer is built: {@code Reply-To},
 * {@code List-Unsubscribe} (mailto and/or https, RFC 2369) with {@code List-Unsubscribe-Post} (RFC 8058) when an
 * https URL is set, and a plain-text footer with the postal address and an opt-out line (CAN-SPAM). The only lead
 * value used is the already validated recipient address, and only URL-encoded or as an HMAC token.
 */
final class ComplianceHeaders {

    /** Placeholder for the URL-encoded recipient address in the unsubscribe URL. */
    public static final String EMAIL = "{email}";
    /** Placeholder for the recipient's {@link UnsubscribeToken} in the unsubscribe URL. */
    public static final String TOKEN = "{token}";
    /** Placeholder for the recipient's unsubscribe link in the footer's opt-out line. */
    public static final String UNSUBSCRIBE = "{unsubscribe}";

    private static final int MAX_URL = 800;
    private static final Pattern URL_CHARS = Pattern.compile("[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+;=%{}]+");
    private static final Pattern MAILTO_QUERY = Pattern.compile("[A-Za-z0-9\\-._~%=&+]*");
    private static final ComplianceHeaders NONE = new ComplianceHeaders(null, null, null, null, null);

    private final InternetAddress replyTo;
    private final String mailto;
    private final String urlTemplate;
    private final String secret;
    private final Footer footer;

    private ComplianceHeaders(InternetAddress replyTo, String mailto, String urlTemplate, String secret,
                              Footer footer) {
        this.replyTo = replyTo;
        this.mailto = mailto;
        this.urlTemplate = urlTemplate;
        this.secret = secret;
        this.footer = footer;
    }

    /** Nothing added to messages. */
    public static ComplianceHeaders none() {
        return NONE;
    }

    /**
     * Checks the parts together; any may be null.
     *
     * @param replyTo  the Reply-To mailbox
     * @param mailto   a {@link #mailto(String) checked} mailto URI
     * @param url      a {@link #httpsUrl(String) checked} https URL template
     * @param secret   the token secret, required when {@code url} contains {@value #TOKEN}
     * @param postal   the sender's postal address, required with {@code optOut}
     * @param optOut   the opt-out line, required with {@code postal}
     * @throws IllegalArgumentException when a placeholder has nothing to fill it
     */
    public static ComplianceHeaders of(InternetAddress replyTo, String mailto, String url, String secret,
                                       String postal, String optOut) {
        if (url != null && url.contains(TOKEN)) {
            UnsubscribeToken.checkSecret(secret);
        }
        Footer footer = null;
        if (postal != null || optOut != null) {
            footer = Footer.of(postal, optOut);
            if (footer.optOut().contains(UNSUBSCRIBE) && mailto == null && url == null) {
                throw new IllegalArgumentException("the opt-out line uses " + UNSUBSCRIBE
                        + " but no unsubscribe address or URL is configured (listUnsubscribe)");
            }
        }
        return new ComplianceHeaders(replyTo, mailto, url, url != null && url.contains(TOKEN) ? secret : null,
                footer);
    }

    /**
     * Checks a footer's parts on their own.
     *
     * @throws IllegalArgumentException when the postal address or the opt-out line is missing or blank
     */
    public static void checkFooter(String postal, String optOut) {
        Footer.of(postal, optOut);
    }

    /**
     * A mailto URI from an address, optionally with {@code mailto:} and a simple query such as
     * {@code ?subject=unsubscribe}.
     *
     * @throws IllegalArgumentException when it is not one plain address with a plain query
     */
    public static String mailto(String value) {
        String v = value.strip();
        if (v.regionMatches(true, 0, "mailto:", 0, 7)) {
            v = v.substring(7);
        }
        int q = v.indexOf('?');
        String address = q < 0 ? v : v.substring(0, q);
        String query = q < 0 ? "" : v.substring(q + 1);
        if (Recipients.senderProblem(address).isPresent() || !MAILTO_QUERY.matcher(query).matches()) {
            throw new IllegalArgumentException("the unsubscribe mailto must be an address such as"
                    + " unsubscribe@example.com, optionally with ?subject=unsubscribe");
        }
        return "mailto:" + address + (query.isEmpty() ? "" : "?" + query);
    }

    /**
     * An https URL template, where {@value #EMAIL} and {@value #TOKEN} are the only placeholders allowed.
     *
     * @throws IllegalArgumentException when it is not an absolute https URL with a host, or has spaces, commas,
     *                                  angle brackets or other placeholders
     */
    public static String httpsUrl(String value) {
        String v = value.strip();
        String filled = v.replace(EMAIL, "x").replace(TOKEN, "x");
        if (v.length() > MAX_URL || !URL_CHARS.matcher(v).matches() || filled.indexOf('{') >= 0
                || filled.indexOf('}') >= 0) {
            throw new IllegalArgumentException("the unsubscribe URL must be an https URL of at most " + MAX_URL
                    + " characters without spaces, commas or angle brackets; placeholders: " + EMAIL + ", "
                    + TOKEN);
        }
        try {
            URI uri = new URI(filled);
            if (!"https".equals(uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT))
                    || uri.getHost() == null || uri.getHost().isEmpty() || uri.getRawUserInfo() != null) {
                throw new IllegalArgumentException("the unsubscribe URL must start with https:// and name a host");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the unsubscribe URL is not a valid URL", e);
        }
        return v;
    }

    /** Sets Reply-To and the List-Unsubscribe headers on {@code m}, for the (validated) {@code recipient}. */
    public void addHeaders(MimeMessage m, String recipient) throws MessagingException {
        if (replyTo != null) {
            m.setReplyTo(new InternetAddress[] {(InternetAddress) replyTo.clone()});
        }
        List<String> targets = new ArrayList<>(2);
        if (mailto != null) {
            targets.add("<" + mailto + ">");
        }
        Optional<String> url = url(recipient);
        url.ifPresent(u -> targets.add("<" + u + ">"));
        if (!targets.isEmpty()) {
            m.setHeader("List-Unsubscribe", MimeUtility.fold(18, String.join(", ", targets)));
        }
        if (url.isPresent()) {
            m.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
    }

    /** {@code body} with the footer after a {@code "-- "} line, or {@code body} itself when there is no footer. */
    public String withFooter(String body, String recipient) {
        String b = body == null ? "" : body;
        if (footer == null) {
            return b;
        }
        String link = url(recipient).orElse(mailto == null ? "" : mailto);
        String optOut = footer.optOut().replace(UNSUBSCRIBE, link);
        return (b.isEmpty() || b.endsWith("\n") ? b : b + "\n") + "\n-- \n" + footer.postal() + "\n" + optOut
                + "\n";
    }

    private Optional<String> url(String recipient) {
        if (urlTemplate == null) {
            return Optional.empty();
        }
        String email = recipient.strip();
        String url = urlTemplate.replace(EMAIL, URLEncoder.encode(email, StandardCharsets.UTF_8));
        if (secret != null) {
            url = url.replace(TOKEN, URLEncoder.encode(UnsubscribeToken.of(secret, email), StandardCharsets.UTF_8));
        }
        return Optional.of(url);
    }

    /** The footer's lines, sanitised: a (possibly multi-line) postal address and one opt-out line. */
    private record Footer(String postal, String optOut) {

        static Footer of(String postal, String optOut) {
            String p = postal == null ? "" : postal.lines().map(HeaderText::sanitize).filter(l -> !l.isEmpty())
                    .reduce((a, b) -> a + "\n" + b).orElse("");
            String o = HeaderText.sanitize(optOut);
            if (p.isEmpty() || o.isEmpty()) {
                throw new IllegalArgumentException("the footer needs both the sender's postal address and an"
                        + " opt-out line (CAN-SPAM)");
            }
            return new Footer(p, o);
        }
    }
}
