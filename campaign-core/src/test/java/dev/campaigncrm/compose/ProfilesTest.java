package dev.campaigncrm.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.analysis.Persona;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfilesTest {

    @ParameterizedTest(name = "industry {0} -> {1}")
    @CsvSource({"Healthcare, Healthcare", "Hospital & Health Care, Healthcare", "Logistics, Logistics",
            "Freight and Shipping, Logistics", "FinTech, Financial Services", "Banking, Financial Services",
            "SaaS, Software", "Retail, Retail", "E-commerce, Retail", "Legal, Professional Services",
            "Bakery, Hospitality and Food", "'', General", "Underwater basket weaving, General"})
    void industryMapsToItsChallenges(String industry, String name) {
        IndustryProfile p = IndustryProfile.of(industry);

        assertThat(p.name()).isEqualTo(name);
        assertThat(p.matched()).isEqualTo(!name.equals("General"));
        assertThat(p.challenges()).isNotEmpty();
    }

    @ParameterizedTest(name = "title {0} -> {1}")
    @CsvSource({"VP of Operations, OPERATIONS", "Chief Operating Officer, OPERATIONS", "Store Manager, OPERATIONS",
            "CFO, FINANCE", "Finance Director, FINANCE", "Chief Technology Officer, TECHNOLOGY",
            "Data Analyst, TECHNOLOGY", "Head of IT, TECHNOLOGY", "VP of Sales, SALES", "Account Executive, SALES",
            "Marketing Manager, MARKETING", "HR Business Partner, HR", "Talent Acquisition Lead, HR",
            "CEO, GENERAL_MANAGEMENT", "Managing Partner, GENERAL_MANAGEMENT", "Owner, GENERAL_MANAGEMENT",
            "'', GENERAL_MANAGEMENT"})
    void titleMapsToItsFunction(String title, RoleFunction function) {
        assertThat(RoleFunction.ofTitle(title)).isEqualTo(function);
    }

    @ParameterizedTest(name = "{0} employees, {1} -> {2}")
    @CsvSource({"5, SMALL_BUSINESS_OWNER, SMALL_BUSINESS", "99, GENERAL_BUSINESS_CONTACT, SMALL_BUSINESS",
            "100, GENERAL_BUSINESS_CONTACT, MID_MARKET", "999, MID_MARKET_OPERATIONS_LEADER, MID_MARKET",
            "1000, GENERAL_BUSINESS_CONTACT, ENTERPRISE", "10000, ENTERPRISE_TECH_DECISION_MAKER, ENTERPRISE",
            "12, GROWTH_STAGE_STARTUP_FOUNDER, STARTUP", "199, GROWTH_STAGE_STARTUP_FOUNDER, STARTUP",
            "200, GROWTH_STAGE_STARTUP_FOUNDER, MID_MARKET", ", GENERAL_BUSINESS_CONTACT, UNKNOWN",
            ", GROWTH_STAGE_STARTUP_FOUNDER, STARTUP"})
    void sizeBandFollowsEmployees(Integer employees, Persona persona, SizeBand band) {
        assertThat(SizeBand.of(employees, persona)).isEqualTo(band);
    }
}
