package dev.campaigncrm.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.lead.LeadField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleEnricherTest {

    private final RuleEnricher enricher = RuleEnricher.defaults();

    /** A lead with every enrichable field filled, so a test blanks only the field it looks at. */
    private static Lead.Builder full() {
        return Lead.builder().id("L1").name("Ada Example").email("ada@example.test").company("Example Co")
                .industry("Software").jobTitle("CTO").companySize("120").notes("Met at a trade show")
                .lastContact("2026-11-03");
    }

    private EnrichedField only(Lead lead) {
        List<EnrichedField> fields = enricher.enrich(lead);
        assertThat(fields).hasSize(1);
        return fields.get(0);
    }

    @Test
    void aCompleteLeadNeedsNothing() {
        assertThat(enricher.enrich(full().build())).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Okafor Bakery          | Food & Beverage    | bakery
            Summit Health Clinic   | Healthcare         | health
            Okafor Health Labs     | Healthcare         | health
            Cloud Nine Bakery      | Food & Beverage    | bakery
            Northwind Capital      | Financial Services | capital
            Müller Logistik GmbH   | Logistics          | logistik
            Acme Analytics         | Software           | analytics
            Schmidt Rechtsanwälte  | Legal              | rechtsanwälte
            Corner Boutique        | Retail             | boutique
            Apex Steel Works       | Manufacturing      | steel
            Riverside Academy      | Education          | academy
            Harbor Realty          | Real Estate        | realty
            Sunbeam Solar          | Energy             | solar
            Bright Studio          | Media              | studio
            Keel Advisors          | Consulting         | advisors
            Stone Builders         | Construction       | builders
            """)
    void industryFromCompanyName(String company, String industry, String keyword) {
        EnrichedField f = only(full().industry("").company(company).build());
        assertThat(f).isEqualTo(new EnrichedField(LeadField.INDUSTRY, industry,
                "company name keyword '" + keyword + "'", 0.8));
    }

    @Test
    void industryFromEmailDomainWords() {
        EnrichedField f = only(full().industry("").company("Okafor & Sons").email("ada@okafor-bakery.test").build());
        assertThat(f).isEqualTo(new EnrichedField(LeadField.INDUSTRY, "Food & Beverage",
                "email domain keyword 'bakery'", 0.6));
    }

    @Test
    void industryFromAKeywordRunIntoADomainWord() {
        EnrichedField f = only(full().industry("").company("Northwind").email("ada@northwindlogistics.co.uk").build());
        assertThat(f).isEqualTo(new EnrichedField(LeadField.INDUSTRY, "Logistics",
                "email domain contains 'logistics'", 0.5));
    }

    @Test
    void freeMailDomainsSayNothingAboutIndustry() {
        EnrichedField f = only(full().industry("").company("Okafor & Sons").email("ada@bakery.gmail.com").build());
        assertThat(f.known()).isFalse();
        assertThat(dev.campaigncrm.lead.EmailDomains.words("x@mail.yahoo.co.uk")).isEmpty();
        assertThat(dev.campaigncrm.lead.EmailDomains.words("x@okafor-bakery.test")).containsExactly("okafor", "bakery");
    }

    @Test
    void industryFromNotesKeywordWhenNameAndDomainSayNothing() {
        EnrichedField f = only(full().industry("").company("Okafor & Sons")
                .notes("Runs a hospital in the region").build());
        assertThat(f).isEqualTo(new EnrichedField(LeadField.INDUSTRY, "Healthcare", "notes keyword 'hospital'", 0.5));
    }

    @Test
    void aNegatedNotesKeywordIsNoEvidence() {
        EnrichedField f = only(full().industry("").company("Okafor & Sons")
                .notes("Not a hospital, despite the name").build());
        assertThat(f.known()).isFalse();
    }

    @Test
    void unknownIndustryIsAValidAnswer() {
        EnrichedField f = only(full().industry("").company("Okafor & Sons").build());
        assertThat(f).isEqualTo(new EnrichedField(LeadField.INDUSTRY, EnrichedField.UNKNOWN,
                "no industry keyword in company name, email domain or notes", 0.0));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Spoke on the phone: I'm the CTO and I decide.       | CTO                      | i'm  | 0.7
            I am the Chief Financial Officer here               | Chief Financial Officer  | i am | 0.7
            Joined last year as head of operations              | Head of Operations       | as   | 0.6
            She's the VP of Sales                               | VP of Sales              | she's| 0.6
            He is our operations manager                        | Operations Manager       | he is| 0.6
            Owner of three bakeries in town                     | Owner                    | owner of | 0.6
            I'm a co-founder of the company                     | Co-Founder               | i'm  | 0.7
            """)
    void jobTitleOnlyFromAnExplicitStatement(String notes, String title, String trigger, double confidence) {
        EnrichedField f = only(full().jobTitle("").notes(notes).build());
        assertThat(f).isEqualTo(new EnrichedField(LeadField.JOB_TITLE, title, "notes phrase '" + trigger + "'",
                confidence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Talked to their CTO about the roadmap
            I'm not the CTO, talk to Ana
            I'm interested in a demo
            as soon as possible
            """)
    void noExplicitTitleIsUnknown(String notes) {
        EnrichedField f = only(full().jobTitle("").notes(notes).build());
        assertThat(f).isEqualTo(new EnrichedField(LeadField.JOB_TITLE, EnrichedField.UNKNOWN,
                "no title stated in notes", 0.0));
    }

    @Test
    void aTitleIsRebuiltFromTheVocabularyNeverCopiedFromTheNotes() {
        EnrichedField f = only(full().jobTitle("").notes("I'm the CTO=HYPERLINK(\"http://evil.test\")").build());
        assertThat(f.value()).isEqualTo("CTO");
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Small team of 40 in Leeds                | 40       | team
            They have 200 employees                  | 200      | employees
            ~1,000 staff across three sites          | 1000     | staff
            A 40-person company                      | 40       | person
            Roughly 1,500+ employees worldwide       | 1500+    | employees
            Between 50-100 employees                 | 50-100   | employees
            Headcount: 300                           | 300      | headcount
            Employs about 2.5k people                | 2500     | employs
            """)
    void companySizeOnlyFromAStatedSize(String notes, String size, String keyword) {
        EnrichedField f = only(full().companySize("").notes(notes).build());
        assertThat(f).isEqualTo(new EnrichedField(LeadField.COMPANY_SIZE, size, "notes phrase '" + keyword + "'",
                0.6));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Hiring 20 people next quarter
            Plans to hire 15 employees
            Their data team of 5 runs everything
            Founded in 2019, growing fast
            Called 3 times
            """)
    void noStatedSizeIsUnknownNeverInvented(String notes) {
        EnrichedField f = only(full().companySize("").notes(notes).build());
        assertThat(f).isEqualTo(new EnrichedField(LeadField.COMPANY_SIZE, EnrichedField.UNKNOWN,
                "no size stated in notes", 0.0));
    }

    @Test
    void missingNotesGetAFactualLineFromTheLeadRecord() {
        assertThat(only(full().notes("").build())).isEqualTo(new EnrichedField(LeadField.NOTES,
                "No notes on file; last contacted 2026-11-03", "lead record", 1.0));
        assertThat(only(full().notes("").lastContact("").build()).value())
                .isEqualTo("No notes on file; no recorded contact");
    }

    @Test
    void onlyMissingFieldsAreLookedAtSoNothingIsOverwritten() {
        Lead lead = full().industry("Retail").jobTitle("Buyer").companySize("12")
                .company("Okafor Bakery").notes("I'm the CTO of a team of 400 in healthcare").build();
        assertThat(enricher.enrich(lead)).isEmpty();
    }

    @Test
    void everyMissingFieldGetsAnEntryInAFixedOrder() {
        Lead lead = Lead.builder().id("L2").email("x@okafor-bakery.test").company("Okafor").build();
        assertThat(enricher.enrich(lead)).extracting(EnrichedField::field)
                .containsExactly(LeadField.INDUSTRY, LeadField.JOB_TITLE, LeadField.COMPANY_SIZE, LeadField.NOTES);
    }
}
