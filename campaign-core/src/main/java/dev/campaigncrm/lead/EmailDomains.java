package dev.campaigncrm.lead;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What an email address's domain says about the company behind it. */
public final class EmailDomains {

    private static final Set<String> FREE_MAIL = Set.of("gmail", "googlemail", "yahoo", "ymail", "hotmail",
            "outlook", "live", "msn", "aol", "icloud", "me", "mac", "proton", "protonmail", "pm", "gmx", "web",
            "mail", "email", "yandex", "zoho", "fastmail", "hey", "tutanota", "tuta", "t-online", "freenet",
            "orange", "comcast", "qq", "163", "126", "mailbox", "posteo", "libero", "laposte", "btinternet");
    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "ac", "gov", "edu", "ltd",
            "plc");

    private EmailDomains() {
    }

    /**
     * The words of an address's domain without its top-level (and second-level, e.g. {@code co.uk}) domain, split on
     * punctuation: {@code x@okafor-bakery.test} gives {@code okafor, bakery}; none for a free-mail domain.
     */
    public static List<String> words(String email) {
        int at = email.lastIndexOf('@');
        if (at < 0) {
            return List.of();
        }
        List<String> labels = new ArrayList<>(Arrays.asList(email.substring(at + 1).toLowerCase(Locale.ROOT)
                .split("\\.")));
        labels.removeIf(String::isBlank);
        if (labels.size() < 2) {
            return List.of();
        }
        labels.remove(labels.size() - 1);
        if (labels.size() >= 2 && SECOND_LEVEL.contains(labels.get(labels.size() - 1))) {
            labels.remove(labels.size() - 1);
        }
        if (FREE_MAIL.contains(labels.get(labels.size() - 1))) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String label : labels) {
            for (String w : label.split("[^\\p{L}]+")) {
                if (!w.isEmpty() && !w.equals("www")) {
                    words.add(w);
                }
            }
        }
        return words;
    }
}
