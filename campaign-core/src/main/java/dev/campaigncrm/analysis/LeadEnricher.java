package dev.campaigncrm.analysis;

import dev.campaigncrm.lead.Lead;
import java.util.List;

/** Infers a lead's missing fields (industry, job title, company size, notes). */
public interface LeadEnricher {

    /** One entry per missing field it looked at; never a value for a field the lead already has. */
    List<EnrichedField> enrich(Lead lead);
}
