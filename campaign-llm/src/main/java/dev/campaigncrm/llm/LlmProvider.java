package dev.campaigncrm.llm;

import dev.campaigncrm.rate.RateCap;

/**
 * One language model behind the campaign's limits: every call through it is rate-limited (shared by all concurrent
 * callers), retried on 429/5xx with backoff, bounded in time, cached when a cache is configured, and answered with the
 * JSON text of a structured output, or an {@link LlmException} whose reason says what went wrong. Thread-safe.
 */
public interface LlmProvider {

    /** Who answers, for provenance and the artifacts' {@code ai_source}: e.g. {@code gemini:gemini-2.5-flash}. */
    String label();

    /**
     * Asks for a structured answer and returns its JSON text, already checked to be one complete JSON value.
     *
     * @throws LlmException when no usable answer came: rate limit or server errors after the allowed attempts,
     *                      timeout, empty candidate, safety block, truncation, malformed JSON, refused key
     */
    String completeJson(LlmRequest request) throws LlmException;

    /**
     * The requests a minute this provider lets this process make, which a run uses to size the leads in flight of
     * the steps that call it; {@link RateCap#none()} (the default) when it has no cap.
     */
    default RateCap rateCap() {
        return RateCap.none();
    }
}
