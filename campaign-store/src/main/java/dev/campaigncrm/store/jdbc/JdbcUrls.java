package dev.campaigncrm.store.jdbc;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reading and showing JDBC URLs without their passwords. */
final class JdbcUrls {

    private JdbcUrls() {
    }

    /** The URL without its query string (where a password may be), e.g. {@code jdbc:postgresql://db:5432/crm}. */
    static String withoutSecrets(String url) {
        if (url == null) {
            return "null";
        }
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        int at = base.indexOf('@');
        int scheme = base.indexOf("//");
        if (at > 0 && scheme >= 0 && at > scheme) {
            base = base.substring(0, scheme + 2) + base.substring(at + 1);
        }
        return base;
    }

    /** The query parameters of a URL, in order (names lower-cased). */
    static Map<String, String> parameters(String url) {
        Map<String, String> out = new LinkedHashMap<>();
        int q = url.indexOf('?');
        if (q < 0) {
            return out;
        }
        for (String pair : url.substring(q + 1).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            out.put(name.toLowerCase(java.util.Locale.ROOT),
                    java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
        return out;
    }
}
