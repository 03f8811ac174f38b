package dev.campaigncrm.llm.provider;

import dev.campaigncrm.llm.LlmRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Valid model answers on disk, so that re-running a campaign costs no calls: one file per answer, named by the SHA-256
 * of provider label, model, system prompt, user data and schema, written atomically. Safe for concurrent use by
 * several threads and processes (the last identical write wins). A failed read or write is a miss, never an error.
 */
public final class ResponseCache {

    /** The default location, relative to the working directory. */
    public static final Path DEFAULT_DIRECTORY = Path.of(".campaign-cache", "llm");

    private static final Logger LOG = LoggerFactory.getLogger(ResponseCache.class);
    private static final ResponseCache DISABLED = new ResponseCache(null);

    private final Path directory;

    private ResponseCache(Path directory) {
        this.directory = directory;
    }

    /** No cache: every call goes to the provider. */
    public static ResponseCache disabled() {
        return DISABLED;
    }

    /** A cache in this directory (created on the first write). */
    public static ResponseCache inDirectory(Path directory) {
        return new ResponseCache(Objects.requireNonNull(directory, "directory"));
    }

    /** A cache in {@code .campaign-cache/llm} under the working directory. */
    public static ResponseCache inWorkingDirectory() {
        return inDirectory(DEFAULT_DIRECTORY);
    }

    /** Whether answers are kept. */
    public boolean enabled() {
        return directory != null;
    }

    /** Where answers are kept, when enabled. */
    public Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    /** The key of one request to one provider and model: a SHA-256 in hex. */
    public static String key(String providerLabel, String model, LlmRequest request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {providerLabel, model, request.system(), request.user(),
                    String.valueOf(request.schema())}) {
                byte[] bytes = (part == null ? "" : part).getBytes(StandardCharsets.UTF_8);
                sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                sha.update((byte) ':');
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** The cached answer for this key, if any. */
    public Optional<String> get(String key) {
        if (directory == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file(key), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.warn("LLM response cache: cannot read an entry in {} ({}); asking the provider", directory,
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** Keeps a valid answer under this key (write to a temporary file, then an atomic rename). */
    public void put(String key, String answer) {
        if (directory == null) {
            return;
        }
        Path target = file(key);
        try {
            Files.createDirectories(directory);
            Path temp = Files.createTempFile(directory, key, ".tmp");
            try {
                Files.writeString(temp, answer, StandardCharsets.UTF_8);
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            LOG.warn("LLM response cache: cannot write an entry in {} ({})", directory, e.getClass().getSimpleName());
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path file(String key) {
        if (!key.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a cache key is a SHA-256 in lower-case hex");
        }
        return directory.resolve(key + ".json");
    }

    @Override
    public String toString() {
        return directory == null ? "ResponseCache[disabled]" : "ResponseCache[" + directory + "]";
    }
}
