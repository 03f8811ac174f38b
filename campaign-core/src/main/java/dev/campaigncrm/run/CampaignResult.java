package dev.campaigncrm.run;

import dev.campaigncrm.lead.RejectedRow;
import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.outcome.RunInfo;
import dev.campaigncrm.report.CampaignReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything a campaign run produced.
 *
 * @param run       what was used (sources, mailer, reply source, as-of date) and how long it took
 * @param outcomes  one per usable lead, in source order
 * @param rejected  the rows that could not be used, in source order
 * @param report    the report, or null when phase two has not run
 * @param artifacts the directory the files were written under, or null when none were written
 */
public record CampaignResult(RunInfo run, List<LeadOutcome> outcomes, List<RejectedRow> rejected,
                             CampaignReport report, Path artifacts) {

    /** Copies the lists. */
    public CampaignResult {
        outcomes = List.copyOf(outcomes);
        rejected = List.copyOf(rejected);
    }

    /** The report, when phase two ran. */
    public Optional<CampaignReport> reportIfWritten() {
        return Optional.ofNullable(report);
    }

    /** How many emails the server accepted. */
    public long sentCount() {
        return outcomes.stream().filter(LeadOutcome::sent).count();
    }

    /** How many leads stopped at some stage. */
    public long failedCount() {
        return outcomes.stream().filter(o -> o.failure() != null).count();
    }
}
