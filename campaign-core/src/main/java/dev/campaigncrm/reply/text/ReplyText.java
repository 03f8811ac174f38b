package dev.campaigncrm.reply.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words a person wrote in a plain-text reply, wherever they stand: above the quoted email (top-posting), below it
 * (bottom-posting, as Thunderbird does and as people do under Gmail's "On … wrote:"), or between quoted lines
 * (interleaved answers, kept in order). Removed: lines quoted with {@code >}, the attribution lines that introduce
 * them, an unquoted earlier message after a separator ("-----Original Message-----", a forwarded message) or an
 * Outlook-style header block ("From:/Sent:/To:/Subject:") or a certain attribution, in English, German, French,
 * Spanish, Portuguese, Italian, Dutch, Swedish, Polish, Russian, Japanese and Chinese; signatures after {@code -- },
 * "Sent from my iPhone" and the like, legal disclaimers, and the contact lines under a closing. Thread-safe.
 */
public final class ReplyText {

    private static final int MAX_CHARS = 200_000;
    private static final int MAX_WRAPPED_LINES = 3;
    private static final int SHORT_WRAP_WORDS = 3;
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?]$");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200b\\u200c\\u200d\\u2060\\ufeff]");
    private static final Pattern BLANK_RUNS = Pattern.compile("\n{3,}");

    private ReplyText() {
    }

    /** The person's new words in {@code body}, trimmed; empty when they wrote nothing of their own. */
    public static String of(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        List<String> raw = lines(body);
        List<String> folded = raw.stream().map(TextFolding::fold).toList();
        Role[] roles = roles(raw, folded);
        return kept(raw, folded, roles);
    }

    /**
     * True when {@code body} quotes earlier mail (quoted lines, an attribution, an Outlook header block, an "Original
     * Message" separator), as a mail client does when a person replies; automatic replies do not.
     */
    public static boolean quotesHistory(String body) {
        if (body == null || body.isBlank()) {
            return false;
        }
        List<String> raw = lines(body);
        Role[] roles = roles(raw, raw.stream().map(TextFolding::fold).toList());
        for (Role role : roles) {
            if (role != Role.TEXT) {
                return true;
            }
        }
        return false;
    }

    private static List<String> lines(String body) {
        String text = body.length() > MAX_CHARS ? body.substring(0, MAX_CHARS) : body;
        text = INVISIBLE.matcher(text.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("").replace('\u00a0', ' ');
        return List.of(text.split("\n", -1));
    }

    /**
     * The text a classifier reads: the subject first when the sender wrote one of their own (not "Re: …"), then
     * the new text; trimmed.
     */
    public static String withOwnSubject(String subject, String newText) {
        String words = newText == null ? "" : newText.strip();
        return SubjectLine.ownSubject(subject).map(s -> (s + ".\n\n" + words).strip()).orElse(words);
    }

    /** What each line is: the person's text, a quote, an attribution before a quote, or the start of history. */
    private static Role[] roles(List<String> raw, List<String> folded) {
        int n = raw.size();
        Role[] roles = new Role[n];
        for (int i = 0; i < n; i++) {
            roles[i] = quoted(raw.get(i)) ? Role.QUOTE : Role.TEXT;
        }
        for (int i = 0; i < n; i++) {
            if (roles[i] != Role.TEXT) {
                continue;
            }
            if (folded.get(i).endsWith(":") && attribution(raw, folded, roles, i)) {
                continue;
            }
            if (QuoteMarkers.startsHistory(folded, i)) {
                roles[i] = Role.HISTORY;
            }
        }
        return roles;
    }

    /** Marks an attribution ending on line {@code i}, if there is one; true when it did. */
    private static boolean attribution(List<String> raw, List<String> folded, Role[] roles, int i) {
        boolean quoteFollows = quoteFollows(raw, roles, i + 1);
        for (int k = 0; k < MAX_WRAPPED_LINES && joinable(raw, roles, i, k); k++) {
            if (QuoteMarkers.certainAttribution(joined(folded, i - k, i))) {
                mark(roles, i - k, i, quoteFollows);
                return true;
            }
        }
        if (!quoteFollows) {
            return false;
        }
        int span = words(raw.get(i)) <= SHORT_WRAP_WORDS && joinable(raw, roles, i, 1) ? 1 : 0;
        for (int k = span; k >= 0; k--) {
            if (QuoteMarkers.looseAttribution(joined(folded, i - k, i))) {
                mark(roles, i - k, i, true);
                return true;
            }
        }
        return false;
    }

    private static void mark(Role[] roles, int from, int to, boolean quoteFollows) {
        for (int j = from; j <= to; j++) {
            roles[j] = Role.ATTRIBUTION;
        }
        if (!quoteFollows) {
            roles[from] = Role.HISTORY;
        }
    }

    /** True when lines {@code i-k..i-1} may be the start of an attribution wrapped onto line {@code i}. */
    private static boolean joinable(List<String> raw, Role[] roles, int i, int k) {
        for (int j = i - k; j < i; j++) {
            if (j < 0 || roles[j] != Role.TEXT || raw.get(j).isBlank()
                    || SENTENCE_END.matcher(raw.get(j).strip()).matches()) {
                return false;
            }
        }
        return true;
    }

    private static String joined(List<String> folded, int from, int to) {
        return String.join(" ", folded.subList(from, to + 1));
    }

    private static boolean quoteFollows(List<String> raw, Role[] roles, int from) {
        for (int j = from; j < raw.size(); j++) {
            if (!raw.get(j).isBlank()) {
                return roles[j] == Role.QUOTE;
            }
        }
        return false;
    }

    /** The person's lines: up to the start of history, without quotes, attributions, signatures and contact lines. */
    private static String kept(List<String> raw, List<String> folded, Role[] roles) {
        List<String> out = new ArrayList<>();
        List<Integer> block = new ArrayList<>();
        boolean inTrailer = false;
        for (int i = 0; i < raw.size() && roles[i] != Role.HISTORY; i++) {
            if (roles[i] != Role.TEXT) {
                out.addAll(withoutContactLines(raw, folded, block));
                block.clear();
                inTrailer = false;
            } else if (inTrailer || Trailers.startsTrailer(raw.get(i), folded.get(i))) {
                inTrailer = true;
            } else {
                block.add(i);
            }
        }
        out.addAll(withoutContactLines(raw, folded, block));
        return BLANK_RUNS.matcher(String.join("\n", out)).replaceAll("\n\n").strip();
    }

    /**
     * The block's lines, without the contact lines (title, company, phone, address, links) that follow a closing and
     * the writer's name; kept when anything after the name reads as a sentence of its own.
     */
    private static List<String> withoutContactLines(List<String> raw, List<String> folded, List<Integer> block) {
        int end = block.size();
        int closing = -1;
        for (int b = 0; b < end; b++) {
            if (Trailers.closing(folded.get(block.get(b)))) {
                closing = b;
            }
        }
        if (closing >= 0) {
            int rest = closing + 1;
            while (rest < end && raw.get(block.get(rest)).isBlank()) {
                rest++;
            }
            if (rest < end && Trailers.name(raw.get(block.get(rest)))) {
                rest++;
            }
            if (rest < end && contactBlock(raw, folded, block.subList(rest, end))) {
                end = rest;
            }
        }
        List<String> lines = new ArrayList<>();
        for (int b = 0; b < end; b++) {
            lines.add(raw.get(block.get(b)).stripTrailing());
        }
        return lines;
    }

    private static boolean contactBlock(List<String> raw, List<String> folded, List<Integer> lines) {
        boolean anyContact = false;
        for (int i : lines) {
            String line = raw.get(i);
            if (line.isBlank()) {
                continue;
            }
            boolean contact = Trailers.contact(line, folded.get(i));
            if (!contact && !Trailers.shortLine(line, folded.get(i))) {
                return false;
            }
            anyContact |= contact;
        }
        return anyContact;
    }

    private static boolean quoted(String line) {
        return line.stripLeading().startsWith(">");
    }

    private static int words(String line) {
        String t = line.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private enum Role {
        TEXT, QUOTE, ATTRIBUTION, HISTORY
    }
}
