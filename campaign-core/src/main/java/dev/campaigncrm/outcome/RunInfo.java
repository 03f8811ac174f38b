package dev.campaigncrm.outcome;

import java.time.Duration;
import java.time.LocalDate;

/**
 * Facts about a run that the report states: what was used and what was simulated.
 *
 * @param campaignId  the campaign's id
 * @param asOf        the day recency was measured from
 * @param leadSource  where the leads came from
 * @param mailer      where mail went, e.g. {@code smtp://localhost:1025}
 * @param replySource where replies came from, e.g. {@code simulated (seed 42)}
 * @param elapsed     wall time of the run so far
 */
public record RunInfo(String campaignId, LocalDate asOf, String leadSource, String mailer, String replySource,
                      Duration elapsed) {
}
