package dev.campaigncrm.compose;

import dev.campaigncrm.analysis.Persona;

/** The company-size context an email speaks to, from the number of employees (and the persona for startups). */
enum SizeBand {
    /** A young, small company run by its founder. */
    STARTUP("startup"),
    /** Fewer than 100 people. */
    SMALL_BUSINESS("small business"),
    /** 100 to 999 people. */
    MID_MARKET("mid-market"),
    /** 1,000 people or more. */
    ENTERPRISE("enterprise"),
    /** The size is not known: the email does not mention it. */
    UNKNOWN("unknown");

    /** Below this many employees a company is a small business (or a startup). */
    static final int MID_MARKET_FROM = 100;
    /** From this many employees a company is an enterprise. */
    static final int ENTERPRISE_FROM = 1_000;
    /** A founder-led company below this size reads as a startup. */
    static final int STARTUP_BELOW = 200;

    private final String label;

    SizeBand(String label) {
        this.label = label;
    }

    /** The band for a number of employees (null when unknown) and a persona. */
    public static SizeBand of(Integer employees, Persona persona) {
        if (employees == null || employees <= 0) {
            return persona == Persona.GROWTH_STAGE_STARTUP_FOUNDER ? STARTUP : UNKNOWN;
        }
        if (persona == Persona.GROWTH_STAGE_STARTUP_FOUNDER && employees < STARTUP_BELOW) {
            return STARTUP;
        }
        if (employees < MID_MARKET_FROM) {
            return SMALL_BUSINESS;
        }
        return employees < ENTERPRISE_FROM ? MID_MARKET : ENTERPRISE;
    }

    /** The band as written in the notes, e.g. "mid-market". */
    public String label() {
        return label;
    }
}
