package dev.campaigncrm.lead;

import java.util.stream.Stream;

/** Where leads come from: a CSV file, a spreadsheet, a CRM export, a list in code. */
public interface LeadSource {

    /**
     * The rows, in source order, read lazily so that a large file is never held in memory whole. Bad rows come
     * as {@link RejectedRow}s, never as exceptions; the caller closes the stream.
     *
     * @throws LeadSourceException when the source as a whole cannot be read (missing file, no header)
     */
    Stream<LeadRow> rows();

    /** A name for messages and artifacts, e.g. the file name. */
    String name();

    /** A source over leads built in code. */
    static LeadSource of(java.util.List<Lead> leads) {
        java.util.List<Lead> copy = java.util.List.copyOf(leads);
        return new LeadSource() {
            @Override
            public Stream<LeadRow> rows() {
                return copy.stream().map(LeadRow.class::cast);
            }

            @Override
            public String name() {
                return "code";
            }
        };
    }
}
