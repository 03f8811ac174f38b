package dev.campaigncrm.mail.internal.imap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Message-IDs in header values and text: {@code <id@domain>} tokens, compared without brackets and case. */
public final class MessageIdList {

    private static final Pattern ID = Pattern.compile("<([^<>\\s\"]{1,250}@[^<>\\s\"]{1,250})>");
    private static final int MAX_IDS = 500;

    private MessageIdList() {
    }

    /** The ids in a header value such as {@code In-Reply-To} or {@code References}, in order, normalised. */
    public static List<String> parse(String value) {
        List<String> ids = new ArrayList<>();
        if (value == null) {
            return ids;
        }
        Matcher m = ID.matcher(value);
        while (m.find() && ids.size() < MAX_IDS) {
            ids.add(normalise(m.group(1)));
        }
        String bare = value.strip();
        if (ids.isEmpty() && bare.indexOf('@') > 0 && bare.matches("[^<>\\s\"]+")) {
            ids.add(normalise(bare));
        }
        return ids;
    }

    /** An id without angle brackets or surrounding space, lower case; empty for null. */
    public static String normalise(String id) {
        if (id == null) {
            return "";
        }
        String s = id.strip();
        if (s.startsWith("<") && s.endsWith(">") && s.length() >= 2) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s.toLowerCase(Locale.ROOT);
    }
}
