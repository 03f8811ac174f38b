package dev.campaigncrm.sheets.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The parts of a Google service-account key file the JWT bearer grant needs. Messages about a bad file name the file
 * and the field, never its content: a parser's message can quote the text around an error, which may be the key.
 *
 * @param clientEmail the account's address, the JWT's issuer (share the spreadsheet with it)
 * @param privateKey  the RSA key the assertion is signed with
 * @param keyId       the {@code private_key_id}, sent as the JWT's {@code kid}; empty when the file has none
 * @param tokenUri    where the assertion is exchanged for an access token (the file's {@code token_uri})
 */
public record ServiceAccountKey(String clientEmail, PrivateKey privateKey, String keyId, URI tokenUri) {

    /** Google's token endpoint, used when the file names none. */
    public static final URI DEFAULT_TOKEN_URI = URI.create("https://oauth2.googleapis.com/token");

    /**
     * Reads a key file.
     *
     * @throws IllegalArgumentException when the file cannot be read or is not a service-account key
     */
    public static ServiceAccountKey read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("Could not read the service-account key file " + file + ": "
                    + e.getClass().getSimpleName());
        }
        return parse(text, "the service-account key file " + file);
    }

    /**
     * Parses the JSON of a key file; {@code origin} names it in messages.
     *
     * @throws IllegalArgumentException when the JSON is not a service-account key
     */
    public static ServiceAccountKey parse(String json, String origin) {
        JsonNode node;
        try {
            node = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(origin + " is not valid JSON (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(origin + " is not a JSON object");
        }
        String type = node.path("type").asText("");
        if (!type.equals("service_account")) {
            throw new IllegalArgumentException(origin + " is not a service-account key (its type is '" + type
                    + "'; create a key for a service account in the Google Cloud console, see docs/sheets.md)");
        }
        String email = required(node, "client_email", origin);
        String pem = required(node, "private_key", origin);
        String tokenUri = node.path("token_uri").asText("");
        URI uri;
        try {
            uri = tokenUri.isBlank() ? DEFAULT_TOKEN_URI : URI.create(tokenUri.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(origin + " has a token_uri that is not a URI");
        }
        return new ServiceAccountKey(email, privateKey(pem, origin), node.path("private_key_id").asText(""), uri);
    }

    /** Never the key: the account and the token endpoint. */
    @Override
    public String toString() {
        return "service account " + clientEmail + " (token endpoint " + tokenUri + ")";
    }

    private static String required(JsonNode node, String field, String origin) {
        String v = node.path(field).asText("");
        if (v.isBlank()) {
            throw new IllegalArgumentException(origin + " has no " + field);
        }
        return v;
    }

    private static PrivateKey privateKey(String pem, String origin) {
        if (pem.contains("BEGIN RSA PRIVATE KEY")) {
            throw new IllegalArgumentException(origin + " holds a PKCS#1 private_key; service-account keys are "
                    + "PKCS#8 (BEGIN PRIVATE KEY): download a new JSON key");
        }
        String base64 = pem.replace("-----BEGIN PRIVATE KEY-----", "")
                .replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        try {
            byte[] der = Base64.getDecoder().decode(base64);
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalArgumentException(origin + " has a private_key that is not a PKCS#8 RSA key");
        }
    }
}
