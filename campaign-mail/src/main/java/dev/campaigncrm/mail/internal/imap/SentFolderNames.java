package dev.campaigncrm.mail.internal.imap;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which folder of a mailbox is its Sent folder: the one the server marks {@code \Sent} (RFC 6154 special use), else
 * the first of the names common clients use, matched exactly, then ignoring case, then under {@code INBOX}.
 */
public final class SentFolderNames {

    /** Names in the order they are tried. */
    public static final List<String> COMMON = List.of("Sent", "Sent Items", "Sent Messages", "[Gmail]/Sent Mail",
            "[Google Mail]/Sent Mail", "Sent Mail");

    private SentFolderNames() {
    }

    /**
     * One folder of a LIST answer.
     *
     * @param fullName   the folder's full name
     * @param attributes its LIST attributes, e.g. {@code \HasNoChildren}, {@code \Sent}
     */
    public record Listed(String fullName, Set<String> attributes) {

        /** Validates and copies. */
        public Listed {
            Objects.requireNonNull(fullName, "fullName");
            attributes = Set.copyOf(attributes);
        }

        boolean isSpecialUseSent() {
            return attributes.stream().anyMatch(a -> a.equalsIgnoreCase("\\Sent"));
        }
    }

    /** The Sent folder among {@code listed}, or empty when there is none. */
    public static Optional<String> choose(List<Listed> listed) {
        Optional<String> marked = listed.stream().filter(Listed::isSpecialUseSent).map(Listed::fullName).findFirst();
        if (marked.isPresent()) {
            return marked;
        }
        for (String name : COMMON) {
            Optional<String> exact = listed.stream().map(Listed::fullName).filter(name::equals).findFirst();
            if (exact.isPresent()) {
                return exact;
            }
        }
        for (String name : COMMON) {
            Optional<String> folded = listed.stream().map(Listed::fullName).filter(name::equalsIgnoreCase)
                    .findFirst();
            if (folded.isPresent()) {
                return folded;
            }
        }
        for (String name : COMMON) {
            String lower = name.toLowerCase(Locale.ROOT);
            Optional<String> underInbox = listed.stream().map(Listed::fullName)
                    .filter(n -> n.length() == 6 + lower.length() && ".:/".indexOf(n.charAt(5)) >= 0
                            && n.toLowerCase(Locale.ROOT).startsWith("inbox")
                            && n.toLowerCase(Locale.ROOT).endsWith(lower))
                    .findFirst();
            if (underInbox.isPresent()) {
                return underInbox;
            }
        }
        return Optional.empty();
    }
}
