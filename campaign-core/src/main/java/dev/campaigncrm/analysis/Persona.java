package dev.campaigncrm.analysis;

/** The buyer personas a lead is classified into: the seed's four plus two for the leads they do not fit. */
public enum Persona {
    /** Senior buyer at a large technology organisation: large-scale procurement. */
    ENTERPRISE_TECH_DECISION_MAKER("Enterprise Technology Decision Maker"),
    /** Founder or executive of a small, young company: high-velocity sales cycle. */
    GROWTH_STAGE_STARTUP_FOUNDER("Growth-Stage Startup Founder"),
    /** Operations or functional leader at a mid-sized company: process optimisation. */
    MID_MARKET_OPERATIONS_LEADER("Mid-Market Operations Leader"),
    /** Owner or head of a small business: cost-effective solutions. */
    SMALL_BUSINESS_OWNER("Small Business Owner"),
    /** Hands-on specialist who evaluates tools and influences the buyer. */
    TECHNICAL_EVALUATOR("Technical Evaluator"),
    /** Anyone the other personas do not describe. */
    GENERAL_BUSINESS_CONTACT("General Business Contact");

    private final String label;

    Persona(String label) {
        this.label = label;
    }

    /** The name people read, also written to the artifacts. */
    public String label() {
        return label;
    }

    /** The persona with this label or enum name (case-insensitive), or {@link #GENERAL_BUSINESS_CONTACT}. */
    public static Persona fromLabel(String text) {
        for (Persona p : values()) {
            if (p.label.equalsIgnoreCase(text.strip()) || p.name().equalsIgnoreCase(text.strip())) {
                return p;
            }
        }
        return GENERAL_BUSINESS_CONTACT;
    }
}
