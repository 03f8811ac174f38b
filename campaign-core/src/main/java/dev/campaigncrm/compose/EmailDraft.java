package dev.campaigncrm.compose;

import dev.campaigncrm.provenance.Provenance;
import java.util.Objects;

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
 * @param step                 where it stands in the lead's sequence ({@link EmailStep#FIRST} for a first email)
 * @param variant              the A/B variant written ({@code A}, {@code B}, ...; see {@link EmailVariants}), empty
 *                             when the campaign tests no variants
 */
public record EmailDraft(String leadId, String to, String recipientName, String subject, String body, Tone tone,
                         Urgency urgency, String personalizationNotes, Provenance provenance, EmailStep step,
                         String variant) {

    /** Defaults a null step to the first and a null variant to none. */
    public EmailDraft {
        step = step == null ? EmailStep.FIRST : step;
        variant = variant == null ? "" : variant;
    }

    /** An email outside any A/B test, at a place in the sequence. */
    public EmailDraft(String leadId, String to, String recipientName, String subject, String body, Tone tone,
                      Urgency urgency, String personalizationNotes, Provenance provenance, EmailStep step) {
        this(leadId, to, recipientName, subject, body, tone, urgency, personalizationNotes, provenance, step, "");
    }

    /** A first email. */
    public EmailDraft(String leadId, String to, String recipientName, String subject, String body, Tone tone,
                      Urgency urgency, String personalizationNotes, Provenance provenance) {
        this(leadId, to, recipientName, subject, body, tone, urgency, personalizationNotes, provenance,
                EmailStep.FIRST);
    }

    /** A copy at another place in the sequence. */
    public EmailDraft withStep(EmailStep s) {
        return new EmailDraft(leadId, to, recipientName, subject, body, tone, urgency, personalizationNotes,
                provenance, Objects.requireNonNull(s, "step"), variant);
    }

    /** A copy recording the A/B variant it was written as (empty for none). */
    public EmailDraft withVariant(String v) {
        return new EmailDraft(leadId, to, recipientName, subject, body, tone, urgency, personalizationNotes,
                provenance, step, Objects.requireNonNull(v, "variant"));
    }

    /** A copy with another subject. */
    public EmailDraft withSubject(String s) {
        return new EmailDraft(leadId, to, recipientName, s, body, tone, urgency, personalizationNotes, provenance,
                step, variant);
    }

    /** The number of words of the body (runs of letters or digits), as the length limits count them. */
    public int wordCount() {
        return WordCount.of(body);
    }
}
