package dev.campaigncrm.analysis;

import dev.campaigncrm.lead.Lead;

/** Picks a lead's buyer persona. */
public interface PersonaClassifier {

    /** The persona for the (enriched) lead and the reason, in one line. */
    Choice classify(Lead lead);

    /** A persona and why it was chosen. */
    record Choice(Persona persona, String reason) {
    }
}
