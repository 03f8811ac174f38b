package dev.campaigncrm.analysis;

import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.provenance.Provenance;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The offline analyser: enrich, score and classify with rules. Each call stands alone (no state between calls), so
 * one instance is safe to share across threads; the same lead and {@code asOf} always give the same analysis.
 *
 * <p>Order: the enricher's known values are filled into the lead (never over an existing value); the score's
 * engagement part is computed on the lead's <em>original</em> notes, so an inferred notes line never earns points,
 * and the other parts on the enriched lead; the persona is chosen from the enriched lead.
 */
public final class RuleLeadAnalyzer implements LeadAnalyzer {

    private final LeadEnricher enricher;
    private final LeadScorer scorer;
    private final PersonaClassifier personas;

    private RuleLeadAnalyzer(LeadEnricher enricher, LeadScorer scorer, PersonaClassifier personas) {
        this.enricher = enricher;
        this.scorer = scorer;
        this.personas = personas;
    }

    /** The offline default: {@link RuleEnricher}, {@link RubricScorer#defaults()}, {@link RulePersonaClassifier}. */
    public static RuleLeadAnalyzer defaults() {
        return builder().build();
    }

    /** A builder starting from the defaults; replace any of the three parts. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public LeadAnalysis analyze(Lead lead, LocalDate asOf) {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(asOf, "asOf");
        List<EnrichedField> enrichments = enricher.enrich(lead);
        Lead enriched = lead;
        for (EnrichedField field : enrichments) {
            if (field.known()) {
                enriched = enriched.fill(field.field(), field.value());
            }
        }
        ScoreBreakdown score = scorer.score(withNotes(enriched, lead.notes()), asOf);
        PersonaClassifier.Choice persona = personas.classify(enriched);
        return new LeadAnalysis(enriched, enrichments, score, persona.persona(), persona.reason(),
                Provenance.of("rules"));
    }

    /** The enriched lead with its original notes, for scoring: inferred notes are facts, not engagement. */
    private static Lead withNotes(Lead l, String notes) {
        if (l.notes().equals(notes)) {
            return l;
        }
        return new Lead(l.id(), l.name(), l.email(), l.company(), l.industry(), l.jobTitle(), l.companySize(),
                l.employees(), l.location(), l.lastContact(), l.lastContactDate(), notes, l.extra(), l.source(),
                l.warnings());
    }

    /** Configures the analyser's three parts. */
    public static final class Builder {
        private LeadEnricher enricher = RuleEnricher.defaults();
        private LeadScorer scorer = RubricScorer.defaults();
        private PersonaClassifier personas = RulePersonaClassifier.defaults();

        private Builder() {
        }

        /** The enricher (default {@link RuleEnricher}). */
        public Builder enricher(LeadEnricher enricher) {
            this.enricher = Objects.requireNonNull(enricher, "enricher");
            return this;
        }

        /** The scorer (default {@link RubricScorer#defaults()}). */
        public Builder scorer(LeadScorer scorer) {
            this.scorer = Objects.requireNonNull(scorer, "scorer");
            return this;
        }

        /** The persona classifier (default {@link RulePersonaClassifier}). */
        public Builder personas(PersonaClassifier personas) {
            this.personas = Objects.requireNonNull(personas, "personas");
            return this;
        }

        /** The analyser. */
        public RuleLeadAnalyzer build() {
            return new RuleLeadAnalyzer(enricher, scorer, personas);
        }
    }
}
