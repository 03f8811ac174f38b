package dev.campaigncrm.mail.internal;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Strict checks of the addresses a message is sent to. */
public final class Recipients {

    private static final int MAX_LENGTH = 254;

    private Recipients() {
    }

    /**
     * Why {@code address} is not exactly one plain mailbox ({@code local@domain}, ASCII, no display name, no list,
     * no line break), or empty when it is.
     */
    public static Optional<String> problem(String address) {
        return check(address, true);
    }

    /** Like {@link #problem} but for the configured sender, whose domain may be a bare host such as localhost. */
    public static Optional<String> senderProblem(String address) {
        return check(address, false);
    }

    private static Optional<String> check(String address, boolean dottedDomain) {
        if (address == null || address.isBlank()) {
            return Optional.of("no recipient address");
        }
        if (address.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("recipient address must not contain line breaks or control characters");
        }
        String a = address.strip();
        if (a.length() > MAX_LENGTH) {
            return Optional.of("recipient address is longer than " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (c < 0x21 || c > 0x7e || c == ',' || c == ';' || c == '<' || c == '>' || c == '"' || c == '(') {
                return Optional.of("recipient address must be a single plain address without spaces, line breaks,"
                        + " lists or display names");
            }
        }
        int at = a.lastIndexOf('@');
        if (at <= 0 || at == a.length() - 1 || a.indexOf('@') != at
                || (dottedDomain && a.indexOf('.', at) < 0)) {
            return Optional.of("recipient address is not of the form name@domain.tld");
        }
        try {
            InternetAddress parsed = new InternetAddress(a, true);
            parsed.validate();
            if (parsed.isGroup() || parsed.getPersonal() != null || !a.equals(parsed.getAddress())) {
                return Optional.of("recipient address is not exactly one mailbox");
            }
        } catch (AddressException e) {
            return Optional.of("recipient address is malformed");
        }
        return Optional.empty();
    }

    /** The mailbox {@code address} with the sanitised display name {@code name} (UTF-8 encoded when needed). */
    public static InternetAddress mailbox(String address, String name) {
        String personal = HeaderText.sanitize(name);
        try {
            InternetAddress mailbox = new InternetAddress(address.strip(), true);
            if (!personal.isEmpty()) {
                mailbox.setPersonal(personal, StandardCharsets.UTF_8.name());
            }
            return mailbox;
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException("not a mailbox address", e);
        }
    }
}
