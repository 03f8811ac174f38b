package dev.campaigncrm.compose;

import dev.campaigncrm.analysis.Seniority;

/** How formal an email is; follows the recipient's seniority. */
public enum Tone {
    /** C-level: highly formal, strategic, business impact. */
    HIGHLY_FORMAL,
    /** VP and director: professional yet approachable, return on investment. */
    PROFESSIONAL,
    /** Manager: friendly professional, practical solutions. */
    FRIENDLY_PROFESSIONAL,
    /** Individual contributor: conversational, technical detail. */
    CONVERSATIONAL;

    /** The seed's tone for a seniority; an unknown title gets {@link #FRIENDLY_PROFESSIONAL}. */
    public static Tone forSeniority(Seniority seniority) {
        return switch (seniority) {
            case C_LEVEL -> HIGHLY_FORMAL;
            case VP_DIRECTOR -> PROFESSIONAL;
            case MANAGER, UNKNOWN -> FRIENDLY_PROFESSIONAL;
            case INDIVIDUAL_CONTRIBUTOR -> CONVERSATIONAL;
        };
    }

    /** Lower-case name for the artifacts, e.g. {@code highly_formal}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
