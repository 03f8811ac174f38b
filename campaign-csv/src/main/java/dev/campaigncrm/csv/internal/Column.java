package dev.campaigncrm.csv.internal;

import dev.campaigncrm.outcome.LeadOutcome;
import java.util.function.Function;

/**
 * One column of an artifact file: its header and how to get its value from a lead's outcome.
 *
 * @param name  the header text
 * @param value the cell's value (never null; empty when the outcome lacks it)
 */
public record Column(String name, Function<LeadOutcome, String> value) {
}
