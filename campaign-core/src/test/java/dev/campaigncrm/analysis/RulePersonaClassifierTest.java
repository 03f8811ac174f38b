package dev.campaigncrm.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.lead.Lead;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RulePersonaClassifierTest {

    private final RulePersonaClassifier classifier = RulePersonaClassifier.defaults();

    private static Lead lead(String title, Integer employees, String industry) {
        return Lead.builder().id("L1").email("x@example.test").jobTitle(title).employees(employees)
                .industry(industry).build();
    }

    @ParameterizedTest(name = "{0} at {1} in {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            CTO                         | 10000 | Healthcare          | ENTERPRISE_TECH_DECISION_MAKER
            VP of Engineering           | 500   | Retail              | ENTERPRISE_TECH_DECISION_MAKER
            Director of Finance         | 2000  | Software            | ENTERPRISE_TECH_DECISION_MAKER
            Head of Data                | 800   | Logistics           | ENTERPRISE_TECH_DECISION_MAKER
            CTO                         | 499   | Manufacturing       | GENERAL_BUSINESS_CONTACT
            Founder & CEO               | 25    | Software            | GROWTH_STAGE_STARTUP_FOUNDER
            Co-Founder                  | 200   | E-commerce          | GROWTH_STAGE_STARTUP_FOUNDER
            CTO                         | 40    | ''                  | GROWTH_STAGE_STARTUP_FOUNDER
            CEO                         | 201   | Software            | GENERAL_BUSINESS_CONTACT
            VP of Operations            | 300   | Manufacturing       | MID_MARKET_OPERATIONS_LEADER
            Head of Supply Chain        | 50    | Food & Beverage     | MID_MARKET_OPERATIONS_LEADER
            Finance Manager             | 999   | Healthcare          | MID_MARKET_OPERATIONS_LEADER
            Chief Operating Officer     | 450   | Logistics           | MID_MARKET_OPERATIONS_LEADER
            VP of Operations            | 49    | Manufacturing       | GENERAL_BUSINESS_CONTACT
            VP of Operations            | 1000  | Manufacturing       | GENERAL_BUSINESS_CONTACT
            Operations Analyst          | 300   | Manufacturing       | GENERAL_BUSINESS_CONTACT
            Owner                       | 8     | Food & Beverage     | SMALL_BUSINESS_OWNER
            Managing Partner            | 49    | Legal               | SMALL_BUSINESS_OWNER
            President                   | 12    | ''                  | SMALL_BUSINESS_OWNER
            Owner                       | 50    | Food & Beverage     | GENERAL_BUSINESS_CONTACT
            Owner                       | null  | Food & Beverage     | GENERAL_BUSINESS_CONTACT
            Software Engineer           | 10000 | Healthcare          | TECHNICAL_EVALUATOR
            Data Analyst                | 30    | Retail              | TECHNICAL_EVALUATOR
            IT Administrator            | null  | ''                  | TECHNICAL_EVALUATOR
            Marketing Specialist        | 300   | Software            | GENERAL_BUSINESS_CONTACT
            Product Owner               | 5     | Retail              | GENERAL_BUSINESS_CONTACT
            ''                          | 5000  | Software            | GENERAL_BUSINESS_CONTACT
            """)
    void personaTable(String title, Integer employees, String industry, Persona expected) {
        PersonaClassifier.Choice choice = classifier.classify(lead(title, employees, industry));
        assertThat(choice.persona()).as(choice.reason()).isEqualTo(expected);
    }

    @Test
    void everyPersonaIsReachable() {
        assertThat(Stream.of(lead("CIO", 5000, "Banking"), lead("Founder", 10, "SaaS"),
                        lead("Director of Operations", 400, "Logistics"), lead("Owner", 6, "Bakery"),
                        lead("Data Engineer", 300, "Retail"), lead("Chef", 20, "Restaurant"))
                .map(l -> classifier.classify(l).persona()))
                .containsExactly(Persona.ENTERPRISE_TECH_DECISION_MAKER, Persona.GROWTH_STAGE_STARTUP_FOUNDER,
                        Persona.MID_MARKET_OPERATIONS_LEADER, Persona.SMALL_BUSINESS_OWNER,
                        Persona.TECHNICAL_EVALUATOR, Persona.GENERAL_BUSINESS_CONTACT)
                .containsExactlyInAnyOrder(Persona.values());
    }

    @Test
    void theReasonSaysWhoWhereAndWhy() {
        assertThat(classifier.classify(lead("CTO", 10_000, "Healthcare")).reason()).isEqualTo(
                "C-level title 'CTO' at 10,000 employees in Healthcare (technology buyer at a large organisation)");
        assertThat(classifier.classify(lead("", null, "")).reason())
                .isEqualTo("No job title at unknown size in an unknown industry (no specific persona fits)");
    }

    @Test
    void untrustedFieldsReachTheReasonOnOneLine() {
        String reason = classifier.classify(lead("Owner\r\nBcc: x@evil.test", 5, "Cafe\nX-Evil: 1")).reason();
        assertThat(reason).doesNotContain("\n", "\r").contains("'Owner Bcc: x@evil.test'", "in Cafe X-Evil: 1");
    }
}
