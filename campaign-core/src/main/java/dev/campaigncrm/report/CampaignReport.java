package dev.campaigncrm.report;

import dev.campaigncrm.provenance.Provenance;

/**
 * The campaign report: markdown for people, the same report as a self-contained HTML page, and the statistics both
 * were written from for code.
 *
 * @param markdown   the whole report
 * @param stats      the figures in its tables
 * @param provenance who wrote the narrative
 * @param html       the same sections as one HTML page with inline SVG charts (no script, nothing fetched), or empty
 *                   when the writer makes none
 */
public record CampaignReport(String markdown, CampaignStats stats, Provenance provenance, String html) {

    /** Normalises a null page to empty. */
    public CampaignReport {
        html = html == null ? "" : html;
    }

    /** A report without an HTML page. */
    public CampaignReport(String markdown, CampaignStats stats, Provenance provenance) {
        this(markdown, stats, provenance, "");
    }
}
