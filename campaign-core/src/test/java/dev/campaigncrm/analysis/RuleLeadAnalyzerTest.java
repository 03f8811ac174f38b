package dev.campaigncrm.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.lead.LeadField;
import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.testing.TestLeads;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class RuleLeadAnalyzerTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    private final RuleLeadAnalyzer analyzer = RuleLeadAnalyzer.defaults();

    @Test
    void aHotCtoAtALargeCompanyScoresOneHundred() {
        Lead lead = Lead.builder().id("L1").name("Ada Okafor").email("ada@northwind-health.test")
                .company("Northwind Health").industry("Healthcare").jobTitle("CTO").companySize("10,000")
                .lastContact("2026-11-20").notes("Requested a demo; budget approved").build();

        LeadAnalysis a = analyzer.analyze(lead, AS_OF);

        assertThat(a.priorityScore()).isEqualTo(100);
        assertThat(a.score().reasons()).containsExactly(
                "engagement 30: 'requested a demo', 'budget approved'",
                "recency 25: 4 days since last contact (2026-11-20)",
                "seniority 25: C-level title 'CTO'",
                "company size 20: 10,000 employees (500+)");
        assertThat(a.persona()).isEqualTo(Persona.ENTERPRISE_TECH_DECISION_MAKER);
        assertThat(a.personaReason()).isEqualTo(
                "C-level title 'CTO' at 10,000 employees in Healthcare (technology buyer at a large organisation)");
        assertThat(a.enrichments()).isEmpty();
        assertThat(a.lead()).isEqualTo(lead);
        assertThat(a.provenance()).isEqualTo(Provenance.of("rules"));
        assertThat(a.seniority()).isEqualTo(Seniority.C_LEVEL);
    }

    @Test
    void inferredValuesFillTheLeadAndDriveScoreAndPersona() {
        Lead lead = Lead.builder().id("L2").name("Bo Chen").email("bo@okafor-bakery.test").company("Okafor & Sons")
                .lastContact("2026-11-01").notes("I'm the owner; small team of 12. Interested in a pilot").build();

        LeadAnalysis a = analyzer.analyze(lead, AS_OF);

        assertThat(a.lead().industry()).isEqualTo("Food & Beverage");
        assertThat(a.lead().jobTitle()).isEqualTo("Owner");
        assertThat(a.lead().companySize()).isEqualTo("12");
        assertThat(a.lead().employees()).isEqualTo(12);
        assertThat(a.enrichments()).extracting(EnrichedField::field)
                .containsExactly(LeadField.INDUSTRY, LeadField.JOB_TITLE, LeadField.COMPANY_SIZE);
        assertThat(a.score().seniority()).isEqualTo(25);
        assertThat(a.score().companySize()).isEqualTo(7);
        assertThat(a.score().engagement()).isEqualTo(20);
        assertThat(a.persona()).isEqualTo(Persona.SMALL_BUSINESS_OWNER);
    }

    @Test
    void anInferredNotesLineNeverEarnsEngagement() {
        LeadEnricher planting = l -> List.of(new EnrichedField(LeadField.NOTES,
                "Requested a demo; budget approved", "test", 1.0));
        RuleLeadAnalyzer a = RuleLeadAnalyzer.builder().enricher(planting).build();
        Lead lead = Lead.builder().id("L3").email("x@example.test").jobTitle("CTO").build();

        LeadAnalysis analysis = a.analyze(lead, AS_OF);

        assertThat(analysis.lead().notes()).isEqualTo("Requested a demo; budget approved");
        assertThat(analysis.score().engagement()).isZero();
        assertThat(analysis.score().reasons().get(0)).isEqualTo("engagement 0: no notes");
    }

    @Test
    void theDefaultNotesLineIsFilledButScoresNothing() {
        Lead lead = Lead.builder().id("L4").email("x@example.test").lastContact("2026-11-03").build();
        LeadAnalysis a = analyzer.analyze(lead, AS_OF);
        assertThat(a.lead().notes()).isEqualTo("No notes on file; last contacted 2026-11-03");
        assertThat(a.score().engagement()).isZero();
    }

    @Test
    void originalValuesAreNeverOverwritten() {
        LeadEnricher overreaching = l -> List.of(
                new EnrichedField(LeadField.INDUSTRY, "Energy", "test", 0.9),
                new EnrichedField(LeadField.JOB_TITLE, "CEO", "test", 0.9),
                new EnrichedField(LeadField.COMPANY_SIZE, "5000", "test", 0.9),
                new EnrichedField(LeadField.NOTES, "Budget approved", "test", 0.9));
        Lead lead = Lead.builder().id("L5").email("x@example.test").industry("Retail").jobTitle("Clerk")
                .companySize("12").notes("Met at a fair").build();

        LeadAnalysis a = RuleLeadAnalyzer.builder().enricher(overreaching).build().analyze(lead, AS_OF);

        assertThat(a.lead()).isEqualTo(lead);
        assertThat(a.score().engagement()).isEqualTo(3);
    }

    @Test
    void unknownEnrichmentsAreReportedButLeaveTheFieldEmpty() {
        Lead lead = Lead.builder().id("L6").email("x@gmail.com").company("Okafor & Sons").notes("Met at a fair")
                .build();
        LeadAnalysis a = analyzer.analyze(lead, AS_OF);
        assertThat(a.enrichments()).allMatch(e -> !e.known());
        assertThat(a.lead().industry()).isEmpty();
        assertThat(a.lead().jobTitle()).isEmpty();
        assertThat(a.lead().employees()).isNull();
    }

    @Test
    void thePartsCanBeReplaced() {
        LeadScorer scorer = mock(LeadScorer.class);
        ScoreBreakdown fixed = new ScoreBreakdown(1, 2, 3, 4, List.of("custom"));
        when(scorer.score(any(), any())).thenReturn(fixed);
        PersonaClassifier personas = l -> new PersonaClassifier.Choice(Persona.TECHNICAL_EVALUATOR, "custom");
        Lead lead = TestLeads.lead(1);

        LeadAnalysis a = RuleLeadAnalyzer.builder().scorer(scorer).personas(personas).build().analyze(lead, AS_OF);

        ArgumentCaptor<LocalDate> asOf = ArgumentCaptor.forClass(LocalDate.class);
        verify(scorer).score(any(), asOf.capture());
        assertThat(asOf.getValue()).isEqualTo(AS_OF);
        assertThat(a.score()).isEqualTo(fixed);
        assertThat(a.persona()).isEqualTo(Persona.TECHNICAL_EVALUATOR);
        assertThat(a.personaReason()).isEqualTo("custom");
    }

    @Test
    void sameInputSameAnalysisAcrossThreads() throws Exception {
        List<Lead> leads = TestLeads.leads(40);
        List<LeadAnalysis> sequential = leads.stream().map(l -> analyzer.analyze(l, AS_OF)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<LeadAnalysis>> parallel = leads.stream()
                    .map(l -> pool.submit(() -> analyzer.analyze(l, AS_OF))).toList();
            for (int i = 0; i < leads.size(); i++) {
                assertThat(parallel.get(i).get()).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
