package dev.campaigncrm.analysis;

import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.provenance.Provenance;
import java.util.List;

/**
 * The result of analysing one lead: the lead with its missing fields filled, what was filled and how, the score
 * with its parts, and the persona with its reason.
 *
 * @param lead          the lead, missing fields filled where they could be inferred (original values untouched)
 * @param enrichments   every field the enricher looked at, known or {@link EnrichedField#UNKNOWN}
 * @param score         the score and its parts
 * @param persona       the buyer persona
 * @param personaReason why that persona, in one line
 * @param provenance    who produced the analysis
 */
public record LeadAnalysis(Lead lead, List<EnrichedField> enrichments, ScoreBreakdown score, Persona persona,
                           String personaReason, Provenance provenance) {

    /** Copies the list. */
    public LeadAnalysis {
        enrichments = List.copyOf(enrichments);
    }

    /** The priority score, 0–100. */
    public int priorityScore() {
        return score.total();
    }

    /** The seniority of the (possibly inferred) job title. */
    public Seniority seniority() {
        return Seniority.ofTitle(lead.jobTitle());
    }
}
