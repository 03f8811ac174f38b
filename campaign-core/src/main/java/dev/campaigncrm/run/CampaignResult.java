package dev.campaigncrm.run;

import dev.campaigncrm.lead.RejectedRow;
import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.outcome.LeadOutcomes;
import dev.campaigncrm.outcome.RunInfo;
import dev.campaigncrm.report.CampaignReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything a campaign run produced. The outcomes are not held in memory when they came from phase one or phase two:
 * they are read back from a temporary file on demand ({@link LeadOutcomes#stream()}); {@link #close()} deletes that
 * file.
 *
 * @param run       what was used (sources, mailer, reply source, as-of date) and how long it took
 * @param outcomes  one per usable lead, in source order, with their counts
 * @param rejected  the rows that could not be used, in source order
 * @param report    the report, or null when phase two has not run
 * @param artifacts the directory the files were written under, or null when none were written
 */
public record CampaignResult(RunInfo run, LeadOutcomes outcomes, List<RejectedRow> rejected,
                             CampaignReport report, Path artifacts) implements AutoCloseable {

    /** Copies the rejected rows. */
    public CampaignResult {
        java.util.Objects.requireNonNull(outcomes, "outcomes");
        rejected = List.copyOf(rejected);
    }

    /** A result over outcomes held in memory (e.g. a sequence run's), sorted into source order. */
    public CampaignResult(RunInfo run, List<LeadOutcome> outcomes, List<RejectedRow> rejected, CampaignReport report,
                          Path artifacts) {
        this(run, LeadOutcomes.of(outcomes), rejected, report, artifacts);
    }

    /** The report, when phase two ran. */
    public Optional<CampaignReport> reportIfWritten() {
        return Optional.ofNullable(report);
    }

    /** How many emails the server accepted. */
    public long sentCount() {
        return outcomes.sentCount();
    }

    /** How many leads stopped at some stage. */
    public long failedCount() {
        return outcomes.failedCount();
    }

    /** Releases the outcomes' temporary file, if any; the outcomes cannot be read afterwards. */
    @Override
    public void close() {
        outcomes.close();
    }
}
