package dev.campaigncrm.report;

import dev.campaigncrm.provenance.Provenance;
import java.util.List;
import java.util.Objects;

/**
 * The narrative sections of a report, as plain text (the writer escapes it for markdown). A blank section or an
 * empty list leaves that section to the writer's rule text.
 *
 * @param executiveSummary the summary paragraph above the KPI table
 * @param keyFindings      the findings, one sentence or two each, without numbering
 * @param recommendations  the recommendations, one each, without bullets
 * @param conclusion       the closing paragraph
 * @param provenance       who wrote it; becomes {@link CampaignReport#provenance()}
 */
public record Narrative(String executiveSummary, List<String> keyFindings, List<String> recommendations,
                        String conclusion, Provenance provenance) {

    /** Normalises nulls and copies the lists. */
    public Narrative {
        executiveSummary = executiveSummary == null ? "" : executiveSummary;
        keyFindings = keyFindings == null ? List.of() : List.copyOf(keyFindings);
        recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
        conclusion = conclusion == null ? "" : conclusion;
        Objects.requireNonNull(provenance, "provenance");
    }

    /** Every section left to the writer's rule text, with a provenance saying why (e.g. a fallback reason). */
    public static Narrative ruleText(Provenance provenance) {
        return new Narrative("", List.of(), List.of(), "", provenance);
    }
}
