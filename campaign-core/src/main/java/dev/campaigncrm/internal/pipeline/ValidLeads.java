package dev.campaigncrm.internal.pipeline;

import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.lead.LeadRow;
import dev.campaigncrm.lead.RejectedRow;
import dev.campaigncrm.run.CampaignEvent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a plan's lead source row by row: a row the source rejected, or a lead that fails the lead checks, is logged,
 * written to the rejected-rows artifact and announced to the listener; every valid lead is handed on in source order.
 */
final class ValidLeads {

    private static final Logger log = LoggerFactory.getLogger(ValidLeads.class);

    private ValidLeads() {
    }

    /** Hands each valid lead to {@code onLead} as it is read; returns the rejected rows in source order. */
    static List<RejectedRow> read(CampaignPlan plan, Consumer<CampaignEvent> emit, Consumer<Lead> onLead) {
        List<RejectedRow> rejected = new ArrayList<>();
        try (LeadValidator validator = new LeadValidator(); Stream<LeadRow> rows = plan.leads().rows()) {
            Iterator<LeadRow> it = rows.iterator();
            while (it.hasNext()) {
                LeadRow row = it.next();
                RejectedRow bad = row instanceof RejectedRow r ? r : validator.check((Lead) row).orElse(null);
                if (bad == null) {
                    onLead.accept((Lead) row);
                    continue;
                }
                log.warn("Rejected {}", bad.message());
                rejected.add(bad);
                if (plan.artifacts() != null) {
                    plan.artifacts().rejected(bad);
                }
                emit.accept(new CampaignEvent.Rejected(bad));
            }
        }
        return rejected;
    }
}
