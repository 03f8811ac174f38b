package dev.campaigncrm.llm.internal.provider;

import dev.campaigncrm.llm.LlmRequest;

import java.util.Optional;

/** Where a provider looks an answer up before calling its model, and keeps it after; the builders adapt ResponseCache. */
public interface AnswerCache {

    /** The answer kept for this provider, model and request, if any. */
    Optional<String> get(String label, String model, LlmRequest request);

    /** Keeps {@code answer} for this provider, model and request. */
    void put(String label, String model, LlmRequest request, String answer);
}
