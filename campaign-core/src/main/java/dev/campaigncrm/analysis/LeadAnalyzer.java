package dev.campaigncrm.analysis;

import dev.campaigncrm.lead.Lead;
import java.time.LocalDate;

/**
 * Step one of the campaign: enrich, score and classify one lead. The default combines a {@link LeadEnricher}, a
 * {@link LeadScorer} and a {@link PersonaClassifier}; a language-model analyser may do all three at once.
 */
public interface LeadAnalyzer {

    /** Analyses one lead; {@code asOf} is the day recency is measured from. */
    LeadAnalysis analyze(Lead lead, LocalDate asOf);
}
