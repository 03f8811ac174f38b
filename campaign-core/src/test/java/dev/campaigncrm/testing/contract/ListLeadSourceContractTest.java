package dev.campaigncrm.testing.contract;

import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.lead.LeadSource;

import java.util.List;

/** {@code LeadSource.of(list)} keeps the lead source contract for ready-made leads. */
class ListLeadSourceContractTest extends AbstractLeadSourceTest {

    @Override
    protected LeadSource source() {
        List<Lead> leads = ROWS.stream().filter(r -> r.size() == HEADER.size())
                .map(r -> Lead.builder().id(r.get(0)).name(r.get(1)).email(r.get(2)).company(r.get(3))
                        .jobTitle(r.get(4)).companySize(r.get(5)).build())
                .toList();
        return LeadSource.of(leads);
    }

    @Override
    protected long lineOf(int index) {
        return 0;
    }

    @Override
    protected boolean readsCells() {
        return false;
    }
}
