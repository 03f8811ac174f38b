package dev.campaigncrm.artifact;

import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.outcome.LeadOutcomes;
import dev.campaigncrm.outcome.Stage;
import dev.campaigncrm.lead.RejectedRow;
import dev.campaigncrm.reply.Outreach;
import dev.campaigncrm.report.CampaignReport;
import java.nio.file.Path;
import java.util.List;

/**
 * The files a campaign writes back under one directory ({@code output/...}, {@code report/...}). Rows are written and
 * flushed as each lead completes a stage, so a crash never costs a record; at the end of a phase the files are
 * rewritten in source order so that two identical runs give identical files. Implementations are thread-safe.
 */
public interface CampaignArtifacts extends AutoCloseable {

    /** The directory holding {@code output/} and {@code report/}. */
    Path directory();

    /** Appends a row to {@code output/rejected_leads.csv}. */
    void rejected(RejectedRow row);

    /**
     * Appends the lead's row for a phase-one stage (analyse, compose or send) to that stage's file; for compose and
     * send, the row of the outcome's draft and send (the first email).
     */
    void stageDone(Stage stage, LeadOutcome outcome);

    /**
     * Rewrites the phase-one files in source order, with every message of each lead's sequence. The outcomes come in
     * source order and may be read more than once; they may be far too many to hold in memory at once.
     */
    void phaseOneFinished(LeadOutcomes outcomes);

    /** {@link #phaseOneFinished(LeadOutcomes)} for outcomes in a list, in any order. */
    default void phaseOneFinished(List<LeadOutcome> outcomes) {
        phaseOneFinished(LeadOutcomes.of(outcomes));
    }

    /**
     * Reads back what phase one wrote, so that phase two can run later, from the files alone: each lead's first email
     * (step 1, attempt 1).
     */
    List<Outreach> readPhaseOne();

    /** How many rows {@code output/rejected_leads.csv} holds, for a phase two run on its own. */
    int rejectedCount();

    /**
     * Writes {@code emails_with_replies.csv}, both {@code final.csv}s, {@code campaign_report.md} and, when the report
     * has one ({@link CampaignReport#html()}), {@code campaign_report.html}. The outcomes come in source order and may
     * be read more than once; they may be far too many to hold in memory at once.
     */
    void phaseTwoFinished(LeadOutcomes outcomes, CampaignReport report);

    /** {@link #phaseTwoFinished(LeadOutcomes, CampaignReport)} for outcomes in a list, in any order. */
    default void phaseTwoFinished(List<LeadOutcome> outcomes, CampaignReport report) {
        phaseTwoFinished(LeadOutcomes.of(outcomes), report);
    }

    /** Flushes and closes the files. */
    @Override
    void close();
}
