package dev.campaigncrm.sheets;

import dev.campaigncrm.lead.LeadSource;
import dev.campaigncrm.testing.contract.AbstractLeadSourceTest;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The Sheets lead source keeps the lead source contract against the fake Sheets API; lines are sheet rows. */
class SheetsLeadSourceContractTest extends AbstractLeadSourceTest {

    private static final String ID = "1ContractSheet0123456789abcdefghijklmnopq";

    @RegisterExtension
    final FakeSheetsApi fake = FakeSheetsApi.start();

    @Override
    protected LeadSource source() {
        List<List<Object>> cells = Stream.concat(Stream.of(HEADER), ROWS.stream())
                .map(r -> (List<Object>) new ArrayList<Object>(r)).toList();
        fake.spreadsheet(ID).tab("Leads", cells);
        return SheetsLeadSource.fromUri("sheets://" + ID + "/Leads", fake.apiKeyEnv());
    }
}
