package dev.campaigncrm.mail.compliance;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code {token}} of a per-recipient unsubscribe URL: an HMAC-SHA256 of the lower-cased address under a secret,
 * 22 URL-safe characters, so that the unsubscribe endpoint can tell a genuine link from a guessed one without the
 * address being readable in the link.
 */
public final class UnsubscribeToken {

    /** The shortest secret accepted. */
    public static final int MIN_SECRET_LENGTH = 16;

    private UnsubscribeToken() {
    }

    /**
     * The token for {@code email} under {@code secret}.
     *
     * @throws IllegalArgumentException when the secret is shorter than {@value #MIN_SECRET_LENGTH} characters
     */
    public static String of(String secret, String email) {
        Objects.requireNonNull(email, "email");
        byte[] mac = hmac(checkSecret(secret), email.strip().toLowerCase(Locale.ROOT));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(mac, 16));
    }

    /** True when {@code token} is the token of {@code email} under {@code secret} (constant-time comparison). */
    public static boolean matches(String secret, String email, String token) {
        if (email == null || token == null) {
            return false;
        }
        return MessageDigest.isEqual(of(secret, email).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }

    /** The secret, when long enough. */
    public static String checkSecret(String secret) {
        if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("the unsubscribe secret must be at least " + MIN_SECRET_LENGTH
                    + " characters long");
        }
        return secret;
    }

    private static byte[] hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }
}
