package dev.campaigncrm.report;

import java.util.Optional;

/**
 * Writes the report's narrative sections (executive summary, key findings, recommendations, conclusion) from the
 * statistics that code computed; every table stays code-computed. An empty answer, or an empty section, leaves that
 * section to the report writer's own rule text.
 */
public interface ReportNarrative {

    /** The narrative for these figures, or empty to let the writer use its rule text for every section. */
    Optional<Narrative> write(CampaignStats stats);

    /** No narrative: the writer's rule text in every section. */
    static ReportNarrative ruleText() {
        return stats -> Optional.empty();
    }
}
