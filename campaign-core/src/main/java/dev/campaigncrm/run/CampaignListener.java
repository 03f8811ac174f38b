package dev.campaigncrm.run;

/** Receives progress events; called from worker threads, so implementations must be thread-safe and quick. */
@FunctionalInterface
public interface CampaignListener {

    /** Called as each lead moves through a stage. */
    void onEvent(CampaignEvent event);

    /** A listener that ignores everything. */
    static CampaignListener none() {
        return event -> { };
    }
}
