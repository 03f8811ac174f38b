package dev.campaigncrm.report;

import dev.campaigncrm.Provenance;

/**
 * The campaign report: markdown for people, the statistics it was written from for code.
 *
 * @param markdown   the whole report
 * @param stats      the figures in its tables
 * @param provenance who wrote the narrative
 */
public record CampaignReport(String markdown, CampaignStats stats, Provenance provenance) {
}
