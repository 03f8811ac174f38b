package dev.campaigncrm.store;

/** The contract, in memory. */
class InMemoryCampaignStoreTest extends AbstractCampaignStoreTest {

    @Override
    protected CampaignStore newStore() {
        return CampaignStore.inMemory();
    }
}
