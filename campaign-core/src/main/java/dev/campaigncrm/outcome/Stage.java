package dev.campaigncrm.outcome;

/** The seed's six steps, in order: phase one is analyse, compose, send; phase two is collect, classify, report. */
public enum Stage {
    /** Step one: enrich, score, pick a persona. */
    ANALYZE,
    /** Step two: write the email. */
    COMPOSE,
    /** Step three: send it. */
    SEND,
    /** Step four: collect replies. */
    COLLECT,
    /** Step five: classify them. */
    CLASSIFY,
    /** Step six: write the report. */
    REPORT;

    /** Lower-case name for logs and artifacts. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
