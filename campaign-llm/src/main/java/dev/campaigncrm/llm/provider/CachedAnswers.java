package dev.campaigncrm.llm.provider;

import dev.campaigncrm.llm.LlmRequest;
import dev.campaigncrm.llm.internal.provider.AnswerCache;

import java.util.Objects;
import java.util.Optional;

/** A {@link ResponseCache} seen as the providers' {@link AnswerCache}; a disabled cache computes no key. */
final class CachedAnswers implements AnswerCache {

    private final ResponseCache cache;

    CachedAnswers(ResponseCache cache) {
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    @Override
    public Optional<String> get(String label, String model, LlmRequest request) {
        return cache.enabled() ? cache.get(ResponseCache.key(label, model, request)) : Optional.empty();
    }

    @Override
    public void put(String label, String model, LlmRequest request, String answer) {
        if (cache.enabled()) {
            cache.put(ResponseCache.key(label, model, request), answer);
        }
    }
}
