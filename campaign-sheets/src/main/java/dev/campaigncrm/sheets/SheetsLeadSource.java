package dev.campaigncrm.sheets;

import com.fasterxml.jackson.databind.JsonNode;
import dev.campaigncrm.lead.HeaderMapping;
import dev.campaigncrm.lead.LeadRow;
import dev.campaigncrm.lead.LeadSource;
import dev.campaigncrm.lead.LeadSourceException;
import dev.campaigncrm.sheets.internal.A1;
import dev.campaigncrm.sheets.internal.ApiError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads leads from a tab of a Google spreadsheet through the Sheets API v4 ({@code spreadsheets.values.get}, cells as
 * they are displayed). The header row is the first row with any text; its names are matched to the seed schema with
 * the same aliases as the CSV source ({@link HeaderMapping}), other columns are kept as extras, blank rows are
 * skipped, and a row with cells right of the header's last column becomes a {@link dev.campaigncrm.lead.RejectedRow}.
 * Every row's {@link dev.campaigncrm.lead.SourceRef} is the source's {@link #name()} and the sheet's row number, as
 * shown at the left of the sheet. The tab is read in one request when {@link #rows()} is called.
 *
 * <pre>{@code
 * LeadSource leads = SheetsLeadSource.fromUri("sheets://1AbC.../Leads", System.getenv());
 * }</pre>
 */
public final class SheetsLeadSource implements LeadSource {

    /** How the name of every Sheets source starts: {@code sheet SPREADSHEET_ID/TAB}. */
    public static final String NAME_PREFIX = "sheet ";

    private static final Logger log = LoggerFactory.getLogger(SheetsLeadSource.class);

    private final SheetRef sheet;
    private final SheetsConnection connection;

    private SheetsLeadSource(Builder b) {
        this.sheet = b.sheet;
        this.connection = b.connection;
    }

    /** A builder for a source reading the tab through the connection. */
    public static Builder builder(SheetRef sheet, SheetsConnection connection) {
        return new Builder(sheet, connection);
    }

    /**
     * A source for {@code sheets://SPREADSHEET_ID/TAB}, signed in and addressed as the environment says
     * ({@code GOOGLE_APPLICATION_CREDENTIALS} or {@code SHEETS_API_KEY}, {@code SHEETS_BASE_URL}).
     *
     * @throws LeadSourceException when the address is malformed or no usable credential is set
     */
    public static SheetsLeadSource fromUri(String uri, Map<String, String> env) {
        try {
            return builder(SheetRef.parse(uri), SheetsConnection.fromEnvironment(env)).build();
        } catch (IllegalArgumentException | SheetsException e) {
            throw new LeadSourceException("Cannot read leads from " + uri + ": " + e.getMessage(), e);
        }
    }

    /** {@link #fromUri(String, Map)} with the process environment. */
    public static SheetsLeadSource fromUri(String uri) {
        return fromUri(uri, System.getenv());
    }

    /** The tab read. */
    public SheetRef sheet() {
        return sheet;
    }

    /** {@code sheet SPREADSHEET_ID/TAB}, as used in {@link dev.campaigncrm.lead.SourceRef}s and messages. */
    @Override
    public String name() {
        return NAME_PREFIX + sheet;
    }

    /** The tab, the API address and who signs in; never a secret. */
    public String describe() {
        return "Google Sheet " + sheet + " via " + connection.describe();
    }

    /** The same as {@link #describe()}. */
    @Override
    public String toString() {
        return describe();
    }

    /**
     * The rows after the header, in sheet order, each with its sheet row number.
     *
     * @throws LeadSourceException when the tab cannot be read (the message says why and what to do), is empty, or has
     *                             no email column
     */
    @Override
    public Stream<LeadRow> rows() {
        JsonNode body;
        try {
            body = connection.api().values(sheet.spreadsheetId(), A1.tab(sheet.tab()), "FORMATTED_VALUE");
        } catch (ApiError e) {
            throw new LeadSourceException(Explain.message("Could not read " + name(), e, sheet, connection.auth(),
                    false));
        }
        long firstRow = A1.startRow(body.path("range").asText(null));
        List<List<String>> cells = cells(body.path("values"));
        int header = 0;
        while (header < cells.size() && cells.get(header).stream().allMatch(String::isBlank)) {
            header++;
        }
        if (header == cells.size()) {
            throw new LeadSourceException(name() + " is empty: the first row with text is read as the header, "
                    + "and there is none");
        }
        HeaderMapping mapping = HeaderMapping.of(name(), cells.get(header));
        log.debug("Read {} rows from {} (header on row {})", cells.size(), name(), firstRow + header);
        int from = header + 1;
        return LongStream.range(from, cells.size())
                .mapToObj(i -> mapping.toRow(cells.get((int) i), firstRow + i))
                .flatMap(Optional::stream);
    }

    private static List<List<String>> cells(JsonNode values) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode row : values) {
            List<String> cells = new ArrayList<>(row.size());
            row.forEach(c -> cells.add(c.isNull() ? "" : c.asText()));
            rows.add(cells);
        }
        return rows;
    }

    /** Options for a {@link SheetsLeadSource}. */
    public static final class Builder {
        private final SheetRef sheet;
        private final SheetsConnection connection;

        private Builder(SheetRef sheet, SheetsConnection connection) {
            this.sheet = Objects.requireNonNull(sheet, "sheet");
            this.connection = Objects.requireNonNull(connection, "connection");
        }

        /** Builds the source; nothing is sent until {@link SheetsLeadSource#rows()}. */
        public SheetsLeadSource build() {
            return new SheetsLeadSource(this);
        }
    }
}
