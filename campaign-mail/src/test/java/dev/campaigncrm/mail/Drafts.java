package dev.campaigncrm.mail;

import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.compose.Tone;
import dev.campaigncrm.compose.Urgency;
import dev.campaigncrm.provenance.Provenance;

/** Drafts for the mailer tests. */
final class Drafts {

    private Drafts() {
    }

    static EmailDraft draft(String leadId, String to, String name, String subject, String body) {
        return new EmailDraft(leadId, to, name, subject, body, Tone.PROFESSIONAL, Urgency.WARM, "",
                Provenance.of("template"));
    }

    static EmailDraft draft(String leadId, String to) {
        return draft(leadId, to, "Lead " + leadId, "Subject for " + leadId, "Hello " + leadId + ",\nbody.\n");
    }
}
