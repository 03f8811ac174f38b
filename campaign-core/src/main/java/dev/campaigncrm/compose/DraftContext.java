package dev.campaigncrm.compose;

import dev.campaigncrm.analysis.Persona;
import dev.campaigncrm.lead.LeadText;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything a draft's sentences may use: the campaign brief (trusted), the choices made from the analysis, and
 * the lead's values that passed {@link LeadText} (absent when they did not).
 *
 * @param brief     what is offered and who signs
 * @param tone      tone from seniority
 * @param urgency   urgency from score
 * @param company   the sanitised company name, if usable
 * @param city      the sanitised city (first part of the location), if usable
 * @param industry  the industry's challenges
 * @param challenge the industry challenge this draft names
 * @param role      the recipient's business function
 * @param pain      the role pain point this draft names
 * @param size      the company-size context
 * @param employees the number of employees, or null
 * @param persona   the buyer persona
 */
record DraftContext(CampaignBrief brief, Tone tone, Urgency urgency, Optional<String> company,
                           Optional<String> city, IndustryProfile industry, String challenge, RoleFunction role,
                           String pain, SizeBand size, Integer employees, Persona persona) {

    /** True for the formal register (C-level and VP/director): no contractions, measured wording. */
    public boolean formal() {
        return tone == Tone.HIGHLY_FORMAL || tone == Tone.PROFESSIONAL;
    }

    /** The company name, or a neutral phrase in the draft's register. */
    public String companyRef() {
        return company.orElse(formal() ? "your organisation" : "your team");
    }

    /** The industry's topic, e.g. "patient data compliance". */
    public String topic() {
        return industry.topic();
    }

    /** The sector inside a sentence, e.g. "healthcare" or "your sector". */
    public String sector() {
        return industry.sector();
    }

    /** The brief's call to action, e.g. "a 20-minute call next week". */
    public String cta() {
        return brief.callToAction();
    }

    /** The number of employees with thousands separators, e.g. "10,000"; empty when unknown. */
    public String employeesText() {
        return employees == null ? "" : String.format(Locale.US, "%,d", employees);
    }
}
