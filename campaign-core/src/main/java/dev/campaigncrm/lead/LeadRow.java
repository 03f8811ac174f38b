package dev.campaigncrm.lead;

/** One row a {@link LeadSource} produced: a usable {@link Lead} or a {@link RejectedRow} with its reason. */
public sealed interface LeadRow permits Lead, RejectedRow {

    /** Where the row came from. */
    SourceRef source();
}
