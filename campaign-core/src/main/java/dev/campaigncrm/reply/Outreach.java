package dev.campaigncrm.reply;

import dev.campaigncrm.analysis.LeadAnalysis;
import dev.campaigncrm.analysis.ScoreBreakdown;
import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.send.SendResult;
import java.util.List;

/**
 * What phase one did for one lead and phase two starts from: the analysis, the email and how sending went.
 *
 * @param index    the lead's position in the source, from 0
 * @param analysis the analysed lead
 * @param draft    the email written
 * @param send     the send outcome
 */
public record Outreach(int index, LeadAnalysis analysis, EmailDraft draft, SendResult send) {

    /**
     * This email with only what reading and making replies needs: the index, the lead's id, name and address, its
     * score (without the reasons) and persona, the draft's subject, step and variant (no body), and the send. A reply
     * source that keeps many sent emails at once keeps these.
     */
    public Outreach forReplies() {
        LeadAnalysis a = analysis;
        Lead l = a.lead();
        Lead lead = new Lead(l.id(), l.name(), l.email(), null, null, null, null, null, null, null, null, null, null,
                null, null);
        EmailDraft d = draft;
        EmailDraft slim = d == null ? null : new EmailDraft(d.leadId(), d.to(), d.recipientName(), d.subject(), "",
                d.tone(), d.urgency(), "", d.provenance(), d.step(), d.variant());
        ScoreBreakdown score = new ScoreBreakdown(a.score().engagement(), a.score().recency(), a.score().seniority(),
                a.score().companySize(), List.of());
        return new Outreach(index, new LeadAnalysis(lead, List.of(), score, a.persona(), "", a.provenance()), slim,
                send);
    }
}
