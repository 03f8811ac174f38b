package dev.campaigncrm.sheets.internal;

import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.lead.RejectedRow;
import dev.campaigncrm.lead.SourceRef;
import dev.campaigncrm.outcome.LeadOutcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rows of the results tab: a header, then one row per lead and per rejected row, in the order of the lead source
 * (by source row). Scores and the rows of a sheet are numbers so that the tab sorts; a lead read from elsewhere (a CSV
 * file, or phase one's {@code analyzed_leads.csv} in a phase-two run) shows its file and line as text instead, so a
 * number in {@code source_row} is always a row of the spreadsheet. Other cells are text as the campaign produced it.
 */
public final class ResultRows {

    /** The header of the results tab. */
    public static final List<String> HEADER = List.of("source_row", "id", "email", "name", "score", "persona",
            "status", "reply_class", "rationale", "note");

    private ResultRows() {
    }

    private record Line(long sourceRow, int order, List<Object> cells) {
    }

    /**
     * The header and the rows, lead outcomes and rejected rows merged by source row.
     *
     * @param sheetSource the source name of the spreadsheet's tabs ({@code "sheet ID/"}): rows from it show their
     *                    row number
     */
    public static List<List<Object>> of(List<LeadOutcome> outcomes, List<RejectedRow> rejected, String sheetSource) {
        List<Line> lines = new ArrayList<>();
        for (LeadOutcome o : outcomes) {
            lines.add(new Line(o.lead().source().line(), lines.size(), outcome(o, sheetSource)));
        }
        for (RejectedRow r : rejected) {
            lines.add(new Line(r.source().line(), lines.size(), rejected(r, sheetSource)));
        }
        lines.sort(Comparator.comparingLong(Line::sourceRow).thenComparingInt(Line::order));
        List<List<Object>> rows = new ArrayList<>(lines.size() + 1);
        rows.add(List.copyOf(HEADER));
        lines.forEach(l -> rows.add(l.cells()));
        return rows;
    }

    private static List<Object> outcome(LeadOutcome o, String sheetSource) {
        Lead lead = o.analysis() != null ? o.analysis().lead() : o.lead();
        String status;
        if (o.send() != null) {
            status = o.send().status().label();
        } else if (o.failure() != null) {
            status = "failed";
        } else {
            status = "not sent";
        }
        String note = o.failure() != null ? o.failure().stage().label() + " failed: " + o.failure().reason()
                : o.send() != null ? o.send().error() : "";
        return List.of(row(o.lead().source(), sheetSource), lead.id(), lead.email(), lead.name(),
                o.analysis() == null ? "" : (Object) o.analysis().priorityScore(),
                o.analysis() == null ? "" : o.analysis().persona().label(),
                status,
                o.classification() == null ? "" : o.classification().category().label(),
                o.classification() == null ? "" : o.classification().rationale(),
                note == null ? "" : note);
    }

    private static List<Object> rejected(RejectedRow r, String sheetSource) {
        return List.of(row(r.source(), sheetSource), "", "", "", "", "", "rejected", "", "",
                (r.field().isEmpty() ? "" : r.field() + ": ") + r.reason());
    }

    private static Object row(SourceRef source, String sheetSource) {
        if (source.line() <= 0) {
            return "";
        }
        return source.source().startsWith(sheetSource) ? (Object) source.line() : source.toString();
    }
}
