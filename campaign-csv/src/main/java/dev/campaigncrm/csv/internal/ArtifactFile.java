package dev.campaigncrm.csv.internal;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.campaigncrm.run.CampaignException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Consumer;

/**
 * One CSV artifact file, written UTF-8 with LF line ends and every cell passed through {@link FormulaGuard}. Rows
 * are appended and flushed one at a time (the first append by this instance truncates the file and writes the
 * header); {@link #rewrite} replaces the whole file through a temporary file and an atomic move. Thread-safe.
 */
public final class ArtifactFile {

    private final Path path;
    private CsvWriter appender;
    private List<String> header;
    private boolean written;

    /** A file at this path; nothing is written until the first row. */
    public ArtifactFile(Path path) {
        this.path = path;
    }

    /** The file's path. */
    public Path path() {
        return path;
    }

    /** The header this instance writes rows under, or null before the first write. */
    public synchronized List<String> header() {
        return header;
    }

    /**
     * Appends one row and flushes it; on this instance's first write the file is truncated and {@code headerIfNew}
     * written first. After a {@link #rewrite} rows are appended to the rewritten file under its header.
     */
    public synchronized void append(List<String> headerIfNew, List<String> row) {
        try {
            if (appender == null) {
                if (written) {
                    appender = open(StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                } else {
                    header = List.copyOf(headerIfNew);
                    appender = open(StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
                    appender.writeRecord(safe(header));
                    written = true;
                }
            }
            appender.writeRecord(safe(row));
            appender.flush();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** Replaces the file with this header and the rows the writer callback writes, atomically. */
    public synchronized void rewrite(List<String> newHeader, Consumer<Consumer<List<String>>> rows) {
        closeAppender();
        Path tmp = path.resolveSibling(path.getFileName() + ".tmp");
        try {
            try (CsvWriter w = writer(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING)) {
                w.writeRecord(safe(newHeader));
                rows.accept(row -> w.writeRecord(safe(row)));
            }
            move(tmp, path);
            header = List.copyOf(newHeader);
            written = true;
        } catch (IOException | UncheckedIOException e) {
            throw failure(e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
        }
    }

    /** Flushes and closes the appending writer, if open. */
    public synchronized void close() {
        closeAppender();
    }

    /** Moves {@code from} over {@code to}, atomically where the file system can. */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A writer with the artifacts' settings. */
    static CsvWriter writer(Path file, StandardOpenOption... options) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return CsvWriter.builder().lineDelimiter(LineDelimiter.LF)
                .build(file, StandardCharsets.UTF_8, withWrite(options));
    }

    private CsvWriter open(StandardOpenOption... options) throws IOException {
        return writer(path, options);
    }

    private void closeAppender() {
        if (appender != null) {
            try {
                appender.close();
            } catch (IOException e) {
                throw failure(e);
            } finally {
                appender = null;
            }
        }
    }

    private static StandardOpenOption[] withWrite(StandardOpenOption... options) {
        StandardOpenOption[] all = java.util.Arrays.copyOf(options, options.length + 1);
        all[options.length] = StandardOpenOption.WRITE;
        return all;
    }

    private static List<String> safe(List<String> cells) {
        return cells.stream().map(FormulaGuard::neutralise).toList();
    }

    private CampaignException failure(IOException e) {
        return new CampaignException("Could not write " + path + ": " + e.getMessage(), e);
    }
}
