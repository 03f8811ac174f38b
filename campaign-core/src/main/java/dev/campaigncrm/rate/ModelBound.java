package dev.campaigncrm.rate;

/**
 * A step whose work is waiting on a remote model (an analyser, composer or reply classifier that calls one). Unless
 * the campaign's concurrency was fixed, a run sizes such a step's leads in flight from the model's cap and the
 * latency it measures, instead of a fixed number.
 */
public interface ModelBound {

    /** The model's cap in calls a minute for this process; {@link RateCap#none()} when uncapped. */
    RateCap rateCap();

    /**
     * The leads one call carries (a batching step gathers this many concurrent leads into a call); the run keeps at
     * least twice this many in flight so that batches fill. Default 1.
     */
    default int leadsPerCall() {
        return 1;
    }
}
