package dev.campaigncrm.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SeniorityTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CEO                               | C_LEVEL
            Chief Technology Officer          | C_LEVEL
            Founder & CEO                     | C_LEVEL
            Co-Founder                        | C_LEVEL
            Owner                             | C_LEVEL
            Business Owner                    | C_LEVEL
            Managing Director                 | C_LEVEL
            Managing Partner                  | C_LEVEL
            Partner                           | C_LEVEL
            President                         | C_LEVEL
            Product Owner                     | INDIVIDUAL_CONTRIBUTOR
            Process Owner                     | INDIVIDUAL_CONTRIBUTOR
            Chief of Staff                    | VP_DIRECTOR
            Chief of Staff to the CEO         | VP_DIRECTOR
            Executive Assistant               | INDIVIDUAL_CONTRIBUTOR
            Executive Assistant to the CEO    | INDIVIDUAL_CONTRIBUTOR
            Assistant to the Founder          | INDIVIDUAL_CONTRIBUTOR
            Account Executive                 | INDIVIDUAL_CONTRIBUTOR
            Advisor to the CEO                | INDIVIDUAL_CONTRIBUTOR
            Head of Operations                | VP_DIRECTOR
            Head of IT                        | VP_DIRECTOR
            VP of Sales                       | VP_DIRECTOR
            Senior Vice President, Marketing  | VP_DIRECTOR
            Vice President                    | VP_DIRECTOR
            SVP Engineering                   | VP_DIRECTOR
            Sr. Director                      | VP_DIRECTOR
            Executive Director                | VP_DIRECTOR
            Director of Partner Sales         | VP_DIRECTOR
            Assistant Director                | VP_DIRECTOR
            Team Lead                         | MANAGER
            Operations Manager                | MANAGER
            Partner Manager                   | MANAGER
            Assistant Manager                 | MANAGER
            Lead Generation Specialist        | INDIVIDUAL_CONTRIBUTOR
            Data Analyst                      | INDIVIDUAL_CONTRIBUTOR
            Software Engineer                 | INDIVIDUAL_CONTRIBUTOR
            Compliance Officer                | INDIVIDUAL_CONTRIBUTOR
            Wizard of Light                   | UNKNOWN
            """)
    void readsTheLevelATitleNames(String title, Seniority expected) {
        assertThat(Seniority.ofTitle(title)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void noTitleIsUnknown(String title) {
        assertThat(Seniority.ofTitle(title)).isEqualTo(Seniority.UNKNOWN);
    }
}
