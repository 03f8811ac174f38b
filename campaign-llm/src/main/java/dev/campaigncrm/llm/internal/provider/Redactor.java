package dev.campaigncrm.llm.internal.provider;

import java.util.List;
import java.util.Objects;

/** Removes the provider's secrets (API keys, tokens) from any text that may reach a log or an exception message. */
public final class Redactor {

    private static final int MAX_DETAIL = 200;
    private static final Redactor NONE = new Redactor(List.of());

    private final List<String> secrets;

    private Redactor(List<String> secrets) {
        this.secrets = secrets;
    }

    /** A redactor for these secrets (null or blank ones are ignored). */
    public static Redactor of(String... secrets) {
        return new Redactor(java.util.Arrays.stream(secrets)
                .filter(Objects::nonNull)
                .filter(s -> !s.isBlank())
                .toList());
    }

    /** A redactor with nothing to hide. */
    public static Redactor none() {
        return NONE;
    }

    /** The text with every secret replaced by {@code ***}, on one line and at most 200 characters long. */
    public String clean(String text) {
        if (text == null) {
            return "";
        }
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, "***");
        }
        result = result.replaceAll("\\s+", " ").strip();
        return result.length() <= MAX_DETAIL ? result : result.substring(0, MAX_DETAIL) + "...";
    }

    @Override
    public String toString() {
        return "Redactor[" + secrets.size() + " secrets]";
    }
}
