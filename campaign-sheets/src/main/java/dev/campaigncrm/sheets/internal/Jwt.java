package dev.campaigncrm.sheets.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;

/** Signs JSON Web Tokens with RS256 (RSASSA-PKCS1-v1_5 with SHA-256), the only algorithm Google's JWT grant takes. */
public final class Jwt {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private Jwt() {
    }

    /** The compact form {@code header.claims.signature}, each part base64url without padding. */
    public static String rs256(Map<String, Object> header, Map<String, Object> claims, PrivateKey key,
                               ObjectMapper json) {
        try {
            String signingInput = URL.encodeToString(json.writeValueAsBytes(header)) + "."
                    + URL.encodeToString(json.writeValueAsBytes(claims));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + URL.encodeToString(rsa.sign());
        } catch (JsonProcessingException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign the service-account assertion: "
                    + e.getClass().getSimpleName(), e);
        }
    }
}
