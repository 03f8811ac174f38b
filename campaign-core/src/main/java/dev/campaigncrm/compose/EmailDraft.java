package dev.campaigncrm.compose;

import dev.campaigncrm.Provenance;

/**
 * A personal email written for one lead, with the choices behind it.
 *
 * @param leadId               the lead's id
 * @param to                   the recipient address (validated by the campaign before sending)
 * @param recipientName        the recipient's display name (sanitised by the mailer before it reaches a header)
 * @param subject              subject line
 * @param body                 plain-text body
 * @param tone                 the tone chosen from seniority
 * @param urgency              the urgency chosen from the score
 * @param personalizationNotes what was personalised and why, e.g. "industry: healthcare compliance; size: enterprise"
 * @param provenance           who wrote it
 */
public record EmailDraft(String leadId, String to, String recipientName, String subject, String body, Tone tone,
                         Urgency urgency, String personalizationNotes, Provenance provenance) {
}
