package dev.campaigncrm.rate;

/**
 * A step whose work is waiting on a remote model (an analyser, composer or reply classifier that calls one). Unless
 * the campaign's concurrency was fixed, a run sizes such a step's leads in flight from the model's cap and the
 * latency it measures, instead of a fixed number.
 */
public interface ModelBound {

    /** The step's cap in leads a minute (a call of five leads counts five); {@link RateCap#none()} when uncapped. */
    RateCap rateCap();
}
