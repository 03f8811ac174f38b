package dev.campaigncrm.analysis;

import dev.campaigncrm.lead.Lead;
import java.time.LocalDate;

/** PLACEHOLDER (signature only) — being implemented on branch analysis. */
public final class RuleLeadAnalyzer implements LeadAnalyzer {
    /** The offline default. */
    public static RuleLeadAnalyzer defaults() {
        return new RuleLeadAnalyzer();
    }

    @Override
    public LeadAnalysis analyze(Lead lead, LocalDate asOf) {
        throw new UnsupportedOperationException("placeholder");
    }
}
