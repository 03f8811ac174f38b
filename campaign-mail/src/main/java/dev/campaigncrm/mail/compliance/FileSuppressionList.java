package dev.campaigncrm.mail.compliance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link SuppressionList} kept in a CSV file ({@code email,reason,added_at}), loaded when opened; every new entry is
 * appended and flushed to disk before {@link #add} returns, so it survives a crash. Addresses compare
 * case-insensitively. Safe for concurrent use within one process.
 */
public final class FileSuppressionList implements SuppressionList {

    private static final Logger log = LoggerFactory.getLogger(FileSuppressionList.class);

    private final Path file;
    private final Map<String, Suppression> entries;
    private boolean needsLineBreak;

    private FileSuppressionList(Path file, Map<String, Suppression> entries, boolean needsLineBreak) {
        this.file = file;
        this.entries = entries;
        this.needsLineBreak = needsLineBreak;
    }

    /**
     * Opens {@code file}, creating it (with its header line) and its parent directories when missing.
     *
     * @throws IllegalArgumentException when the file is not a suppression file or a line is malformed (naming it)
     * @throws UncheckedIOException     when the file cannot be read or created
     */
    public static FileSuppressionList open(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            if (!Files.exists(file)) {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(file, SuppressionCsv.HEADER + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return new FileSuppressionList(file, new HashMap<>(), false);
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return load(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the suppression file " + file, e);
        }
    }

    private static FileSuppressionList load(Path file, String text) throws IOException {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Map<String, Suppression> entries = new HashMap<>();
        if (text.isEmpty()) {
            return new FileSuppressionList(file, entries, false);
        }
        boolean endsWithBreak = text.endsWith("\n");
        boolean dropLastLine = false;
        List<String> lines = text.lines().toList();
        if (!lines.get(0).strip().equalsIgnoreCase(SuppressionCsv.HEADER)) {
            throw new IllegalArgumentException(file + " is not a suppression file: its first line must be '"
                    + SuppressionCsv.HEADER + "'");
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            Optional<Suppression> s = SuppressionCsv.parse(line);
            if (s.isPresent()) {
                entries.putIfAbsent(s.get().email(), s.get());
            } else if (i == lines.size() - 1 && !endsWithBreak) {
                log.warn("dropping the incomplete last line {} of the suppression file {} (an interrupted write)",
                        i + 1, file);
                dropLastLine = true;
            } else {
                throw new IllegalArgumentException("line " + (i + 1) + " of the suppression file " + file
                        + " is not 'email,reason,added_at' with an ISO-8601 instant");
            }
        }
        if (dropLastLine) {
            truncateAfterLastLineBreak(file);
            return new FileSuppressionList(file, entries, false);
        }
        return new FileSuppressionList(file, entries, !endsWithBreak);
    }

    /** Cuts an interrupted write off the end of the file, so that the next entry starts a line of its own. */
    private static void truncateAfterLastLineBreak(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(end);
            ch.force(false);
        }
    }

    /** The file this list is kept in. */
    public Path file() {
        return file;
    }

    /** How many addresses are suppressed. */
    public synchronized int size() {
        return entries.size();
    }

    /** The entry for {@code email}, compared case-insensitively. */
    @Override
    public synchronized Optional<Suppression> find(String email) {
        return SuppressionEntries.key(email).map(entries::get);
    }

    /**
     * Adds the entry and appends it to the file, flushed to disk, unless the address is already listed.
     *
     * @throws UncheckedIOException when the file cannot be written (the entry is then not added)
     */
    @Override
    public synchronized boolean add(String email, String reason, Instant date) {
        Suppression s = SuppressionEntries.entry(email, reason, date);
        if (entries.containsKey(s.email())) {
            return false;
        }
        String line = (needsLineBreak ? "\n" : "") + SuppressionCsv.line(s) + "\n";
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                ch.write(bytes);
            }
            ch.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the suppression file " + file, e);
        }
        needsLineBreak = false;
        entries.put(s.email(), s);
        log.debug("suppressed an address: {}", s.reason());
        return true;
    }
}
