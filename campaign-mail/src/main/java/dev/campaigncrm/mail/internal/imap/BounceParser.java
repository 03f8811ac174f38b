package dev.campaigncrm.mail.internal.imap;

import dev.campaigncrm.mail.bounce.BounceType;
import dev.campaigncrm.mail.internal.HeaderText;
import dev.campaigncrm.reply.text.AutomaticMail;
import dev.campaigncrm.reply.text.SubjectLine;
import dev.campaigncrm.reply.text.TextFolding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads delivery failure reports: RFC 3464 {@code multipart/report; report-type=delivery-status} (per-recipient
 * {@code Action}, {@code Status}, {@code Final-Recipient}, {@code Original-Recipient}, {@code Diagnostic-Code}) and
 * the common non-standard bodies (Exim, Postfix, Exchange/Outlook "Delivery has failed", Gmail "Address not
 * found"). Status 5.x.x is hard, 4.x.x soft; a report with no status is soft unless its wording is unmistakably
 * permanent ("user unknown", "address not found"...), so a busy server never suppresses an address.
 */
public final class BounceParser {

    private static final Pattern ENHANCED_AFTER_CODE = Pattern.compile("(?<![\\d.])[45]\\d\\d[ -]+([45]\\.\\d{1,3}\\.\\d{1,3})(?![\\d.])");
    private static final Pattern ENHANCED = Pattern.compile("(?<![\\d.])([45]\\.\\d{1,3}\\.\\d{1,3})(?![\\d.])");
    private static final Pattern BASIC = Pattern.compile("(?<![\\d.#])([45])\\d\\d(?=[ -]+[A-Za-z<\\[#])");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9.-]{1,253}\\.[A-Za-z]{2,63}");
    private static final Pattern BOUNCE_SUBJECT = Pattern.compile("\\b(?:undeliverable|undelivered mail|delivery status"
            + " notification|mail delivery (?:failed|failure|subsystem)|returned mail|delivery failure|failure notice"
            + "|nicht zustellbar|unzustellbar|non remis|message not delivered|delivery has failed"
            + "|address not found)\\b");
    private static final Pattern BOUNCE_TEXT = Pattern.compile("\\b(?:delivery has failed|could not be delivered"
            + "|couldn'?t be delivered|wasn'?t delivered|message not delivered|address not found|user unknown"
            + "|no such user|unknown user|recipient address rejected|mailbox unavailable|does not exist"
            + "|permanent (?:error|failure)|undeliverable|delivery to the following recipients? failed"
            + "|has not yet been delivered|temporar(?:y|ily) (?:error|failure|unavailable|deferred)|delivery delayed"
            + "|will (?:retry|continue trying|keep trying)|mailbox (?:is )?full|over quota)\\b");
    private static final Pattern SOFT_TEXT = Pattern.compile("\\b(?:has not yet been delivered|temporar(?:y|ily)"
            + "|delivery delayed|will (?:retry|continue trying|keep trying)|try again later|mailbox (?:is )?full"
            + "|over quota|greylist)");
    private static final Pattern HARD_TEXT = Pattern.compile("\\b(?:user unknown|no such user|unknown user"
            + "|address not found|does not exist|couldn'?t be found|could not be found|permanent (?:error|failure)"
            + "|recipient address rejected)\\b");
    private static final int MAX_DIAGNOSTIC = 200;

    private BounceParser() {
    }

    /**
     * The failures a delivery report states, if the message is one. A standard report whose recipients were all
     * delivered gives a bounce with no failures (a delivery notification).
     */
    public static Optional<Bounce> parse(ParsedMail mail) {
        if (!mail.deliveryStatus().isEmpty()) {
            return Optional.of(standard(mail));
        }
        return nonStandard(mail);
    }

    private static Bounce standard(ParsedMail mail) {
        List<Failure> failures = new ArrayList<>();
        for (String ds : mail.deliveryStatus()) {
            List<Map<String, String>> groups = groups(ds);
            for (Map<String, String> g : groups.subList(Math.min(1, groups.size()), groups.size())) {
                String action = g.getOrDefault("action", "").strip().toLowerCase(Locale.ROOT);
                String status = statusOf(g.getOrDefault("status", ""));
                boolean failed = action.startsWith("failed") || action.startsWith("delayed")
                        || (action.isEmpty() && (status.startsWith("5") || status.startsWith("4")));
                if (!failed) {
                    continue;
                }
                String diagnostic = g.getOrDefault("diagnostic-code", "");
                BounceType type = status.startsWith("5") ? BounceType.HARD
                        : status.startsWith("4") || action.startsWith("delayed") ? BounceType.SOFT
                        : typeFromText(diagnostic);
                failures.add(new Failure(address(g.getOrDefault("final-recipient", "")),
                        address(g.getOrDefault("original-recipient", "")), type, status, diagnostic(diagnostic)));
            }
        }
        return new Bounce(failures, originalIds(mail), true);
    }

    private static Optional<Bounce> nonStandard(ParsedMail mail) {
        String subject = TextFolding.fold(mail.subject());
        String text = TextFolding.fold(mail.allText());
        boolean fromRobot = AutomaticMail.isBounceSender(mail.from());
        boolean failedHeader = !mail.header("X-Failed-Recipients").isBlank();
        // a person's "Re: Undeliverable parcels" is not a bounce: the subject alone counts only on a non-reply
        boolean bounceSubject = BOUNCE_SUBJECT.matcher(subject).find() && !SubjectLine.isReply(mail.subject());
        if (!(fromRobot || failedHeader || bounceSubject)) {
            return Optional.empty();
        }
        Matcher codeLine = codeIn(mail.allText());
        boolean wording = BOUNCE_TEXT.matcher(text).find();
        if (codeLine == null && !wording && !failedHeader) {
            return Optional.empty();
        }
        String status = codeLine == null ? "" : codeLine.group(1);
        String diagnostic = codeLine == null ? "" : diagnostic(lineAround(mail.allText(), codeLine.start()));
        BounceType type;
        if (status.startsWith("5")) {
            type = BounceType.HARD;
        } else if (status.startsWith("4")) {
            type = BounceType.SOFT;
        } else {
            type = typeFromText(text);
            status = type == BounceType.HARD ? "5.0.0" : "";
        }
        if (status.length() == 1) {
            status = status + ".0.0";
        }
        Set<String> recipients = new LinkedHashSet<>();
        for (String r : mail.header("X-Failed-Recipients").split(",")) {
            if (!r.isBlank()) {
                recipients.add(address(r));
            }
        }
        String own = address(mail.from());
        Matcher m = EMAIL.matcher(mail.allText());
        while (m.find() && recipients.size() < 50) {
            String a = m.group().toLowerCase(Locale.ROOT);
            if (!a.equals(own)) {
                recipients.add(a);
            }
        }
        List<Failure> failures = new ArrayList<>();
        for (String r : recipients.isEmpty() ? Set.of("") : recipients) {
            failures.add(new Failure(r, "", type, status, diagnostic));
        }
        return Optional.of(new Bounce(failures, originalIds(mail), false));
    }

    private static BounceType typeFromText(String text) {
        String t = TextFolding.fold(text);
        if (SOFT_TEXT.matcher(t).find()) {
            return BounceType.SOFT;
        }
        return HARD_TEXT.matcher(t).find() ? BounceType.HARD : BounceType.SOFT;
    }

    /** The first status code in the text: an enhanced code (after an SMTP code or alone), else an SMTP code. */
    private static Matcher codeIn(String text) {
        for (Pattern p : List.of(ENHANCED_AFTER_CODE, ENHANCED, BASIC)) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return m;
            }
        }
        return null;
    }

    private static String lineAround(String text, int at) {
        int start = text.lastIndexOf('\n', at) + 1;
        int end = text.indexOf('\n', at);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    private static List<String> originalIds(ParsedMail mail) {
        Set<String> ids = new LinkedHashSet<>(mail.returnedMessageIds());
        Matcher m = Pattern.compile("(?im)^\\s*message-id:\\s*(<[^<>\\s]+>)").matcher(mail.allText());
        while (m.find() && ids.size() < 20) {
            ids.addAll(MessageIdList.parse(m.group(1)));
        }
        ids.remove(mail.messageId());
        return List.copyOf(ids);
    }

    /** RFC 3464 field groups separated by blank lines, with folded lines joined; names lower case. */
    static List<Map<String, String>> groups(String text) {
        List<Map<String, String>> groups = new ArrayList<>();
        Map<String, String> current = new LinkedHashMap<>();
        String lastName = null;
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    groups.add(current);
                    current = new LinkedHashMap<>();
                }
                lastName = null;
            } else if ((line.startsWith(" ") || line.startsWith("\t")) && lastName != null) {
                current.merge(lastName, " " + line.strip(), String::concat);
            } else {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    lastName = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                    current.putIfAbsent(lastName, line.substring(colon + 1).strip());
                }
            }
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }

    private static String statusOf(String value) {
        Matcher m = ENHANCED.matcher(value);
        return m.find() ? m.group(1) : "";
    }

    /** The address in {@code rfc822; bob@example.com} or {@code <bob@example.com>}, lower case. */
    static String address(String value) {
        String v = value == null ? "" : value;
        int semi = v.indexOf(';');
        if (semi >= 0) {
            v = v.substring(semi + 1);
        }
        Matcher m = EMAIL.matcher(v);
        return m.find() ? m.group().toLowerCase(Locale.ROOT) : "";
    }

    private static String diagnostic(String raw) {
        String s = HeaderText.sanitize(raw);
        return s.length() > MAX_DIAGNOSTIC ? s.substring(0, MAX_DIAGNOSTIC) + "…" : s;
    }

    /**
     * A delivery report.
     *
     * @param failures           the recipients that failed (empty for a report of successful delivery)
     * @param originalMessageIds the Message-IDs of the returned message, normalised
     * @param standard           true for RFC 3464 reports
     */
    public record Bounce(List<Failure> failures, List<String> originalMessageIds, boolean standard) {

        /** Copies the lists. */
        public Bounce {
            failures = List.copyOf(failures);
            originalMessageIds = List.copyOf(originalMessageIds);
        }
    }

    /**
     * One failed recipient.
     *
     * @param finalRecipient    the recipient the report names (lower case, may be empty)
     * @param originalRecipient the original recipient, if stated
     * @param type              hard or soft
     * @param status            the enhanced status code, or empty
     * @param diagnostic        the server's words, one line
     */
    public record Failure(String finalRecipient, String originalRecipient, BounceType type, String status,
                          String diagnostic) {
    }
}
