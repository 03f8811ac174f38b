/**
 * Rate caps of model-bound steps: {@link dev.campaigncrm.rate.ModelBound} marks a step that waits on a remote model,
 * {@link dev.campaigncrm.rate.RateCap} says how many calls a minute it may make, so that a run can size the step's
 * concurrency from the cap and the latency it measures.
 */
package dev.campaigncrm.rate;
