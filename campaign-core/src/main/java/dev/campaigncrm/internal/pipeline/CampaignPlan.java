package dev.campaigncrm.internal.pipeline;

import dev.campaigncrm.analysis.LeadAnalyzer;
import dev.campaigncrm.artifact.CampaignArtifacts;
import dev.campaigncrm.compose.EmailComposer;
import dev.campaigncrm.lead.LeadSource;
import dev.campaigncrm.reply.ReplyClassifier;
import dev.campaigncrm.reply.ReplySource;
import dev.campaigncrm.report.ReportWriter;
import dev.campaigncrm.run.CampaignListener;
import dev.campaigncrm.send.Mailer;
import java.time.LocalDate;
import java.util.concurrent.Executor;

/**
 * Everything a run needs, resolved by the builder. A null component is one the phase being run does not need
 * ({@code leads}, {@code mailer} for phase two alone; {@code artifacts} when no files are written).
 *
 * @param campaignId  the campaign's id
 * @param asOf        the day recency is measured from
 * @param leads       the lead source
 * @param analyzer    step one
 * @param composer    step two
 * @param mailer      step three
 * @param replies     step four
 * @param classifier  step five
 * @param reporter    step six
 * @param artifacts   where files go, or null
 * @param concurrency leads in flight per stage, for every stage when fixed, else for the stages not model-bound
 * @param adaptive    whether model-bound stages size their leads in flight from the cap and measured latency (no
 *                    concurrency was fixed)
 * @param executor    the caller's executor, or null for one owned by the run
 * @param listener    progress events
 */
public record CampaignPlan(String campaignId, LocalDate asOf, LeadSource leads, LeadAnalyzer analyzer,
                           EmailComposer composer, Mailer mailer, ReplySource replies, ReplyClassifier classifier,
                           ReportWriter reporter, CampaignArtifacts artifacts, int concurrency, boolean adaptive,
                           Executor executor, CampaignListener listener) {
}
