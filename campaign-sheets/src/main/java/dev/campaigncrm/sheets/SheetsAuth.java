package dev.campaigncrm.sheets;

import dev.campaigncrm.sheets.internal.ServiceAccountKey;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * How the module signs in to the Sheets API: a {@link ServiceAccount} (reads and writes sheets shared with the
 * account) or an {@link ApiKey} (reads sheets shared as "anyone with the link"). Neither ever shows its secret in
 * {@code toString()}, {@link #describe()}, a log line or an exception message.
 */
public sealed interface SheetsAuth permits SheetsAuth.ApiKey, SheetsAuth.ServiceAccount {

    /** The environment variable naming a service-account key file. */
    String GOOGLE_APPLICATION_CREDENTIALS = "GOOGLE_APPLICATION_CREDENTIALS";
    /** The environment variable holding an API key. */
    String SHEETS_API_KEY = "SHEETS_API_KEY";

    /** What signs in, for messages: the account's address, or that an API key is used. */
    String describe();

    /** True when this credential can write to a spreadsheet (API keys cannot). */
    boolean canWrite();

    /** An API key, for sheets shared as "anyone with the link can view". */
    static SheetsAuth apiKey(String key) {
        return new ApiKey(key);
    }

    /**
     * A service account, from its JSON key file; its {@code token_uri} is where tokens are asked for.
     *
     * @throws SheetsException when the file cannot be read or is not a service-account key (the message names the
     *                         file and the problem, never the key)
     */
    static SheetsAuth serviceAccount(Path keyFile) {
        Objects.requireNonNull(keyFile, "keyFile");
        try {
            return new ServiceAccount(ServiceAccountKey.read(keyFile), keyFile);
        } catch (IllegalArgumentException e) {
            throw new SheetsException(e.getMessage(), 0, "CONFIGURATION");
        }
    }

    /**
     * The credential the environment names: {@code GOOGLE_APPLICATION_CREDENTIALS} (a service-account key file) when
     * set, else {@code SHEETS_API_KEY}.
     *
     * @throws SheetsException when neither is set, or the key file is not usable
     */
    static SheetsAuth fromEnvironment(Map<String, String> env) {
        String file = env.get(GOOGLE_APPLICATION_CREDENTIALS);
        if (file != null && !file.isBlank()) {
            return serviceAccount(Path.of(file.strip()));
        }
        String key = env.get(SHEETS_API_KEY);
        if (key != null && !key.isBlank()) {
            return apiKey(key.strip());
        }
        throw new SheetsException("No Google credentials: set " + GOOGLE_APPLICATION_CREDENTIALS
                + " to a service-account key file (the sheet shared with the account), or " + SHEETS_API_KEY
                + " to an API key for a sheet shared as 'anyone with the link' (see docs/sheets.md)", 0,
                "CONFIGURATION");
    }

    /** An API key; reads only. */
    final class ApiKey implements SheetsAuth {
        private final String key;

        private ApiKey(String key) {
            Objects.requireNonNull(key, "key");
            if (key.isBlank()) {
                throw new IllegalArgumentException("The API key is empty");
            }
            this.key = key;
        }

        /** The key itself, for the connection only. */
        String key() {
            return key;
        }

        /** Says an API key is used, never which. */
        @Override
        public String describe() {
            return "API key (reads link-shared sheets)";
        }

        /** False: the Sheets API takes writes only with OAuth tokens. */
        @Override
        public boolean canWrite() {
            return false;
        }

        /** The same as {@link #describe()}. */
        @Override
        public String toString() {
            return describe();
        }
    }

    /** A service account, signing in with the OAuth 2.0 JWT bearer grant at its key file's {@code token_uri}. */
    final class ServiceAccount implements SheetsAuth {
        private final ServiceAccountKey key;
        private final Path file;

        private ServiceAccount(ServiceAccountKey key, Path file) {
            this.key = key;
            this.file = file;
        }

        /** The key, for the connection only. */
        ServiceAccountKey key() {
            return key;
        }

        /** The account's address: share the spreadsheet with it. */
        public String clientEmail() {
            return key.clientEmail();
        }

        /** Where access tokens are asked for: the key file's {@code token_uri}. */
        public String tokenUri() {
            return key.tokenUri().toString();
        }

        /** The account and the key file's path, never the key. */
        @Override
        public String describe() {
            return "service account " + key.clientEmail() + " (key file " + file + ")";
        }

        /** True: a service account writes to sheets shared with it as an editor. */
        @Override
        public boolean canWrite() {
            return true;
        }

        /** The same as {@link #describe()}. */
        @Override
        public String toString() {
            return describe();
        }
    }
}
