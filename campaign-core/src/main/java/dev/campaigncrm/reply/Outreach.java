package dev.campaigncrm.reply;

import dev.campaigncrm.analysis.LeadAnalysis;
import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.send.SendResult;

/**
 * What phase one did for one lead and phase two starts from: the analysis, the email and how sending went.
 *
 * @param index    the lead's position in the source, from 0
 * @param analysis the analysed lead
 * @param draft    the email written
 * @param send     the send outcome
 */
public record Outreach(int index, LeadAnalysis analysis, EmailDraft draft, SendResult send) {
}
