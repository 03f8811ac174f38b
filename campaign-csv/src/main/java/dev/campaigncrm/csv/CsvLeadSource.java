package dev.campaigncrm.csv;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import dev.campaigncrm.csv.internal.CsvRowIterator;
import dev.campaigncrm.csv.internal.SeparatorDetector;
import dev.campaigncrm.lead.HeaderMapping;
import dev.campaigncrm.lead.LeadRow;
import dev.campaigncrm.lead.LeadSource;
import dev.campaigncrm.lead.LeadSourceException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads leads from a CSV file with FastCSV, lazily: one reader per {@link #rows()} call, closed with the stream.
 * Header names are matched to the seed schema through aliases (case and punctuation ignored, any order), other columns
 * are kept as {@code extra}; a UTF-8 byte order mark is dropped; the separator ({@code ,} {@code ;} or tab) is taken
 * from the header line unless set; blank lines are skipped. A record with more fields than the header becomes a
 * {@link dev.campaigncrm.lead.RejectedRow}; one with fewer gets the missing fields empty. Bytes that are not valid in
 * the charset are read as U+FFFD rather than stopping the run. Email checks are the campaign's, not this source's.
 */
public final class CsvLeadSource implements LeadSource {

    private static final int HEADER_PEEK_LIMIT = 1 << 20;

    private final Path file;
    private final Charset charset;
    private final Character separator;

    private CsvLeadSource(Builder b) {
        this.file = b.file;
        this.charset = b.charset;
        this.separator = b.separator;
    }

    /** A source reading the file as UTF-8 with the separator detected from its header. */
    public static CsvLeadSource of(Path file) {
        return builder(file).build();
    }

    /** A builder for a source reading the file. */
    public static Builder builder(Path file) {
        return new Builder(file);
    }

    /** The file name, as used in {@link dev.campaigncrm.lead.SourceRef}s and messages. */
    @Override
    public String name() {
        return String.valueOf(file.getFileName());
    }

    /**
     * The rows, read lazily; close the stream to close the file.
     *
     * @throws LeadSourceException when the file cannot be opened, has no header or no email column
     */
    @Override
    public Stream<LeadRow> rows() {
        BufferedReader in = open();
        try {
            char sep = separator != null ? separator : SeparatorDetector.detect(peekHeaderLine(in));
            CsvReader<CsvRecord> reader = CsvReader.builder()
                    .fieldSeparator(sep)
                    .skipEmptyLines(true)
                    .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .build(CsvRecordHandler.of(), in);
            Iterator<CsvRecord> records = reader.iterator();
            if (!hasNext(records)) {
                throw new LeadSourceException(name() + " has no header line (the file is empty): " + file);
            }
            CsvRecord header = records.next();
            HeaderMapping mapping = HeaderMapping.of(name(), header.getFields());
            Iterator<LeadRow> rows = new CsvRowIterator(records, mapping, name(), header.getStartingLineNumber());
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows,
                    Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(() -> close(reader, in));
        } catch (RuntimeException e) {
            close(null, in);
            throw e;
        }
    }

    private BufferedReader open() {
        if (!Files.isRegularFile(file)) {
            throw new LeadSourceException("Lead file not found: " + file);
        }
        try {
            return new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset));
        } catch (IOException e) {
            throw new LeadSourceException("Could not open " + file + ": " + e.getMessage(), e);
        }
    }

    /** The first non-blank line, without consuming it: the reader is reset to the start of the file. */
    private String peekHeaderLine(BufferedReader in) {
        try {
            in.mark(HEADER_PEEK_LIMIT);
            String line;
            String found = "";
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    found = line;
                    break;
                }
            }
            in.reset();
            return found;
        } catch (IOException e) {
            throw new LeadSourceException("Could not read the header line of " + file + ": " + e.getMessage(), e);
        }
    }

    private boolean hasNext(Iterator<CsvRecord> records) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw new LeadSourceException("Could not read " + file + ": " + e.getCause().getMessage(), e);
        }
    }

    private static void close(CsvReader<CsvRecord> reader, Reader in) {
        try (in) {
            if (reader != null) {
                reader.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Options for a {@link CsvLeadSource}. */
    public static final class Builder {
        private final Path file;
        private Charset charset = StandardCharsets.UTF_8;
        private Character separator;

        private Builder(Path file) {
            this.file = Objects.requireNonNull(file, "file");
        }

        /** The file's character set; UTF-8 by default. */
        public Builder charset(Charset charset) {
            this.charset = Objects.requireNonNull(charset, "charset");
            return this;
        }

        /** The field separator; detected from the header line (comma, semicolon or tab) when not set. */
        public Builder separator(char separator) {
            this.separator = separator;
            return this;
        }

        /** Builds the source; the file is opened only by {@link CsvLeadSource#rows()}. */
        public CsvLeadSource build() {
            return new CsvLeadSource(this);
        }
    }
}
