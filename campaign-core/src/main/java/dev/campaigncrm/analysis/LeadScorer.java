package dev.campaigncrm.analysis;

import dev.campaigncrm.lead.Lead;
import java.time.LocalDate;

/** Scores a lead 0–100 in four explained parts. */
public interface LeadScorer {

    /** The score of the lead, with recency measured from {@code asOf} (never from the wall clock). */
    ScoreBreakdown score(Lead lead, LocalDate asOf);
}
