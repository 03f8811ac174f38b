package dev.campaigncrm.outcome;

/**
 * Why a lead stopped at a stage; the other leads go on.
 *
 * @param stage  where it failed
 * @param reason a sentence a person can act on (never a secret)
 */
public record StageFailure(Stage stage, String reason) {
}
