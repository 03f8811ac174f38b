package dev.campaigncrm.csv.internal;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.campaigncrm.lead.HeaderMapping;
import dev.campaigncrm.lead.LeadRow;
import dev.campaigncrm.lead.LeadSourceException;
import dev.campaigncrm.lead.RejectedRow;
import dev.campaigncrm.lead.SourceRef;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns FastCSV records into lead rows one at a time, skipping records whose fields are all blank. A record FastCSV
 * cannot parse (e.g. text after a closing quote) ends the file: it becomes a last {@link RejectedRow} saying from
 * which line on nothing could be read, because the parser cannot resynchronise after it.
 */
public final class CsvRowIterator implements Iterator<LeadRow> {

    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    private final Iterator<CsvRecord> records;
    private final HeaderMapping mapping;
    private final String fileName;
    private LeadRow next;
    private long lastLine;
    private boolean done;

    /** An iterator over the records after the header. */
    public CsvRowIterator(Iterator<CsvRecord> records, HeaderMapping mapping, String fileName, long headerLine) {
        this.records = records;
        this.mapping = mapping;
        this.fileName = fileName;
        this.lastLine = headerLine;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !done) {
            advance();
        }
        return next != null;
    }

    @Override
    public LeadRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        LeadRow row = next;
        next = null;
        return row;
    }

    private void advance() {
        try {
            if (!records.hasNext()) {
                done = true;
                return;
            }
            CsvRecord rec = records.next();
            lastLine = rec.getStartingLineNumber();
            Optional<LeadRow> row = mapping.toRow(rec.getFields(), lastLine);
            next = row.orElse(null);
        } catch (CsvParseException e) {
            done = true;
            long line = lineOf(e);
            next = new RejectedRow(new SourceRef(fileName, line), "", "unreadable CSV from this line on, rows from "
                    + "here to the end of the file were not read: " + e.getMessage(), "");
        } catch (UncheckedIOException e) {
            throw new LeadSourceException("Could not read " + fileName + " after line " + lastLine + ": "
                    + e.getCause().getMessage(), e);
        }
    }

    private long lineOf(CsvParseException e) {
        Matcher m = LINE.matcher(String.valueOf(e.getMessage()));
        return m.find() ? Long.parseLong(m.group(1)) : lastLine + 1;
    }
}
