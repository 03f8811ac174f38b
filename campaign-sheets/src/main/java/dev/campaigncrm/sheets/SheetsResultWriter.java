package dev.campaigncrm.sheets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.campaigncrm.lead.RejectedRow;
import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.run.CampaignResult;
import dev.campaigncrm.sheets.internal.A1;
import dev.campaigncrm.sheets.internal.ApiError;
import dev.campaigncrm.sheets.internal.ResultRows;
import dev.campaigncrm.sheets.internal.Scope;
import dev.campaigncrm.sheets.internal.SheetsApi;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a campaign's results to a tab of a spreadsheet ({@value #DEFAULT_TAB} by default), adding the tab when it is
 * missing and emptying it when it is there: a header ({@link #HEADER}), then one row per lead and per rejected row in
 * source order, with the source row (a number for a row of this spreadsheet, {@code file:line} for a lead read from
 * a file), id, email, name, score, persona, send status, reply class, the classifier's rationale and a note
 * (failure, send error or rejection reason). All rows go in one {@code values.batchUpdate}
 * request with {@code valueInputOption=RAW}, so a lead's text that starts with {@code = + - @} is stored as text and
 * never runs as a formula. Needs a service account: an API key cannot write.
 *
 * <pre>{@code
 * SheetsResultWriter.fromUri("sheets://1AbC.../Leads", System.getenv()).write(result);
 * }</pre>
 */
public final class SheetsResultWriter {

    /** The tab written unless another is given. */
    public static final String DEFAULT_TAB = "campaign_results";
    /** The header row of the results tab. */
    public static final List<String> HEADER = ResultRows.HEADER;

    private static final Logger log = LoggerFactory.getLogger(SheetsResultWriter.class);
    private static final long DEFAULT_ROWS = 1000;
    private static final long DEFAULT_COLUMNS = 26;

    private final SheetRef sheet;
    private final SheetsConnection connection;

    private SheetsResultWriter(Builder b) {
        this.sheet = new SheetRef(b.spreadsheetId, b.tab);
        this.connection = b.connection;
    }

    /** A builder writing to a spreadsheet through the connection. */
    public static Builder builder(String spreadsheetId, SheetsConnection connection) {
        return new Builder(spreadsheetId, connection);
    }

    /**
     * A writer to the {@value #DEFAULT_TAB} tab of the spreadsheet a lead address ({@code sheets://ID/TAB}) names,
     * signed in as the environment says.
     *
     * @throws SheetsException when the address is malformed, names the {@value #DEFAULT_TAB} tab itself (the results
     *                         would overwrite the leads), no credential is set, or only an API key is
     */
    public static SheetsResultWriter fromUri(String leadsUri, Map<String, String> env) {
        SheetRef leads;
        try {
            leads = SheetRef.parse(leadsUri);
        } catch (IllegalArgumentException e) {
            throw new SheetsException(e.getMessage(), 0, "CONFIGURATION");
        }
        if (leads.tab().equals(DEFAULT_TAB)) {
            throw new SheetsException("The leads are in the tab " + DEFAULT_TAB + ", where results are written, so "
                    + "they would overwrite the leads: rename the leads tab, or write results elsewhere with "
                    + "SheetsResultWriter.builder(id, connection).tab(name)", 0, "CONFIGURATION");
        }
        return builder(leads.spreadsheetId(), SheetsConnection.fromEnvironment(env)).build();
    }

    /** The tab written. */
    public SheetRef sheet() {
        return sheet;
    }

    /** The tab, the API address and who signs in; never a secret. */
    public String describe() {
        return "results to Google Sheet " + sheet + " via " + connection.describe();
    }

    /** The same as {@link #describe()}. */
    @Override
    public String toString() {
        return describe();
    }

    /** Writes the run's outcomes and rejected rows; see {@link #write(List, List)}. */
    public WriteBack write(CampaignResult result) {
        return write(result.outcomes().toList(), result.rejected());
    }

    /**
     * Writes the header and one row per outcome and rejected row, replacing what the tab held.
     *
     * @throws SheetsException when a call fails; the message says which and what to do
     */
    public WriteBack write(List<LeadOutcome> outcomes, List<RejectedRow> rejected) {
        List<List<Object>> rows = ResultRows.of(outcomes, rejected,
                SheetsLeadSource.NAME_PREFIX + sheet.spreadsheetId() + "/");
        SheetsApi api = connection.api();
        String step = "list the tabs of " + sheet.spreadsheetId();
        try {
            Optional<SheetsApi.Tab> tab = api.tabs(sheet.spreadsheetId(), Scope.WRITE).stream()
                    .filter(t -> t.title().equals(sheet.tab())).findFirst();
            ArrayNode requests = api.requests();
            if (tab.isEmpty()) {
                ObjectNode props = requests.addObject().putObject("addSheet").putObject("properties");
                props.put("title", sheet.tab());
                ObjectNode grid = props.putObject("gridProperties");
                grid.put("rowCount", Math.max(DEFAULT_ROWS, rows.size()));
                grid.put("columnCount", Math.max(DEFAULT_COLUMNS, HEADER.size()));
                grid.put("frozenRowCount", 1);
            } else {
                grow(requests, tab.get(), "ROWS", tab.get().rowCount(), rows.size());
                grow(requests, tab.get(), "COLUMNS", tab.get().columnCount(), HEADER.size());
            }
            if (!requests.isEmpty()) {
                step = tab.isEmpty() ? "add the tab " + sheet.tab() : "enlarge the tab " + sheet.tab();
                api.batchUpdate(sheet.spreadsheetId(), requests);
            }
            if (tab.isPresent()) {
                step = "empty the tab " + sheet.tab();
                api.clear(sheet.spreadsheetId(), A1.tab(sheet.tab()));
            }
            step = "write " + rows.size() + " rows to " + sheet;
            JsonNode answer = api.writeRaw(sheet.spreadsheetId(), A1.cell(sheet.tab(), "A1"), rows);
            WriteBack done = new WriteBack(sheet, rows.size(), tab.isEmpty(),
                    answer.path("totalUpdatedCells").asLong());
            log.info("Wrote {} result rows to sheet {}{}", rows.size() - 1, sheet,
                    done.tabCreated() ? " (new tab)" : "");
            return done;
        } catch (ApiError e) {
            throw new SheetsException(Explain.message("Could not " + step, e, sheet, connection.auth(), true),
                    e.httpStatus(), e.status());
        }
    }

    /** Adds an {@code appendDimension} request when the tab's grid is smaller than the rows or columns written. */
    private static void grow(ArrayNode requests, SheetsApi.Tab tab, String dimension, long have, long need) {
        if (need > have) {
            ObjectNode append = requests.addObject().putObject("appendDimension");
            append.put("sheetId", tab.sheetId());
            append.put("dimension", dimension);
            append.put("length", need - have);
        }
    }

    /** Options for a {@link SheetsResultWriter}. */
    public static final class Builder {
        private final String spreadsheetId;
        private final SheetsConnection connection;
        private String tab = DEFAULT_TAB;

        private Builder(String spreadsheetId, SheetsConnection connection) {
            this.spreadsheetId = Objects.requireNonNull(spreadsheetId, "spreadsheetId");
            this.connection = Objects.requireNonNull(connection, "connection");
        }

        /** The tab to write; {@value SheetsResultWriter#DEFAULT_TAB} by default. */
        public Builder tab(String name) {
            this.tab = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Builds the writer; nothing is sent until {@link SheetsResultWriter#write}.
         *
         * @throws SheetsException when the connection signs in with an API key, which cannot write
         */
        public SheetsResultWriter build() {
            if (!connection.auth().canWrite()) {
                throw new SheetsException("Writing results to a sheet needs a service account: set "
                        + SheetsAuth.GOOGLE_APPLICATION_CREDENTIALS + " to its key file and share the spreadsheet "
                        + "with it as an Editor (an API key, " + SheetsAuth.SHEETS_API_KEY + ", only reads "
                        + "link-shared sheets)", 0, "CONFIGURATION");
            }
            return new SheetsResultWriter(this);
        }
    }
}
