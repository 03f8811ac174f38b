package dev.campaigncrm.analysis;

import dev.campaigncrm.internal.analysis.RoleVocabulary;
import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.lead.LeadText;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks a buyer persona from the title's seniority and function words, the number of employees and the industry.
 * The first rule that fits wins:
 * <ol>
 *   <li>{@link Persona#ENTERPRISE_TECH_DECISION_MAKER}: C-level or VP/Director with a technology function in the
 *       title or in a technology industry, at {@value #ENTERPRISE_MIN} or more employees;</li>
 *   <li>{@link Persona#GROWTH_STAGE_STARTUP_FOUNDER}: C-level (founder, CEO, owner, partner, chief …) at
 *       {@value #STARTUP_MAX} or fewer employees in a technology or other growth industry, or with a technology
 *       function in the title;</li>
 *   <li>{@link Persona#MID_MARKET_OPERATIONS_LEADER}: VP/Director/Head or manager (or a COO/CFO-type chief) of
 *       operations, finance, supply, logistics, people and the like at {@value #MID_MARKET_MIN}–
 *       {@value #MID_MARKET_MAX} employees;</li>
 *   <li>{@link Persona#SMALL_BUSINESS_OWNER}: C-level at fewer than {@value #SMALL_BUSINESS_BELOW} employees outside
 *       technology;</li>
 *   <li>{@link Persona#TECHNICAL_EVALUATOR}: individual contributor with an engineering, data or IT title;</li>
 *   <li>{@link Persona#GENERAL_BUSINESS_CONTACT}: everyone else, including leads whose size is unknown where a rule
 *       needs it.</li>
 * </ol>
 */
public final class RulePersonaClassifier implements PersonaClassifier {

    /** Smallest company, in employees, for the enterprise persona (the top size band of the rubric). */
    public static final int ENTERPRISE_MIN = 500;
    /** Largest company for the growth-stage startup founder. */
    public static final int STARTUP_MAX = 200;
    /** Smallest company for the mid-market operations leader. */
    public static final int MID_MARKET_MIN = 50;
    /** Largest company for the mid-market operations leader. */
    public static final int MID_MARKET_MAX = 999;
    /** Companies below this many employees are small businesses. */
    public static final int SMALL_BUSINESS_BELOW = 50;

    private RulePersonaClassifier() {
    }

    /** The rule-based classifier. */
    public static RulePersonaClassifier defaults() {
        return new RulePersonaClassifier();
    }

    @Override
    public Choice classify(Lead lead) {
        String title = lead.jobTitle();
        Seniority level = Seniority.ofTitle(title);
        Integer employees = lead.employees();
        boolean techTitle = RoleVocabulary.techFunction(title).isPresent();
        boolean techIndustry = RoleVocabulary.isTechIndustry(lead.industry());
        boolean senior = level == Seniority.C_LEVEL || level == Seniority.VP_DIRECTOR;
        Optional<String> operations = RoleVocabulary.operationsFunction(title);

        if (senior && (techTitle || techIndustry) && atLeast(employees, ENTERPRISE_MIN)) {
            return choice(Persona.ENTERPRISE_TECH_DECISION_MAKER, lead, level,
                    "technology buyer at a large organisation");
        }
        if (level == Seniority.C_LEVEL && atMost(employees, STARTUP_MAX)
                && (techTitle || RoleVocabulary.isGrowthIndustry(lead.industry()))) {
            return choice(Persona.GROWTH_STAGE_STARTUP_FOUNDER, lead, level,
                    "executive of a small company in a growth industry");
        }
        if (operations.isPresent() && level != Seniority.INDIVIDUAL_CONTRIBUTOR && level != Seniority.UNKNOWN
                && atLeast(employees, MID_MARKET_MIN) && atMost(employees, MID_MARKET_MAX)) {
            return choice(Persona.MID_MARKET_OPERATIONS_LEADER, lead, level,
                    "operations or functional leader at a mid-sized company");
        }
        if (level == Seniority.C_LEVEL && atMost(employees, SMALL_BUSINESS_BELOW - 1) && !techIndustry
                && !techTitle) {
            return choice(Persona.SMALL_BUSINESS_OWNER, lead, level, "runs a small business outside technology");
        }
        if (level == Seniority.INDIVIDUAL_CONTRIBUTOR && RoleVocabulary.engineeringWord(title).isPresent()) {
            return choice(Persona.TECHNICAL_EVALUATOR, lead, level, "hands-on specialist who evaluates tools");
        }
        return choice(Persona.GENERAL_BUSINESS_CONTACT, lead, level, "no specific persona fits");
    }

    private static boolean atLeast(Integer employees, int min) {
        return employees != null && employees >= min;
    }

    private static boolean atMost(Integer employees, int max) {
        return employees != null && employees <= max;
    }

    private static Choice choice(Persona persona, Lead lead, Seniority level, String why) {
        String who = lead.jobTitle().isBlank() ? "No job title"
                : label(level) + " title '" + LeadText.oneLine(lead.jobTitle()) + "'";
        String size = lead.employees() == null ? "unknown size"
                : String.format(Locale.ROOT, "%,d employees", lead.employees());
        String industry = lead.industry().isBlank() ? "an unknown industry" : LeadText.oneLine(lead.industry());
        return new Choice(persona, who + " at " + size + " in " + industry + " (" + why + ")");
    }

    private static String label(Seniority level) {
        return switch (level) {
            case C_LEVEL -> "C-level";
            case VP_DIRECTOR -> "VP/Director-level";
            case MANAGER -> "Manager-level";
            case INDIVIDUAL_CONTRIBUTOR -> "Individual-contributor";
            case UNKNOWN -> "Unrecognised";
        };
    }
}
