package dev.campaigncrm.llm.internal.steps;

import dev.campaigncrm.llm.LlmException;
import dev.campaigncrm.llm.LlmProvider;
import dev.campaigncrm.rate.RateCap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tries an ordered list of providers (primary, secondary, ...) for a batch of items. A provider's failure
 * ({@link LlmException}, or an unexpected error) moves every pending item to the next provider with the reason; an
 * item whose answer fails the checks is retried alone with the reason up to {@code retriesOnInvalid} times, then
 * moves on too. Items no provider answered come back without a value and with every reason, for the offline
 * fallback. Holds no state between calls; thread-safe when the providers are.
 */
public final class ProviderChain {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderChain.class);
    private static final int MAX_REASON = 300;

    private final List<LlmProvider> providers;
    private final int retriesOnInvalid;

    /** A chain over these providers, in order; {@code retriesOnInvalid} extra attempts for a rejected answer. */
    public ProviderChain(List<LlmProvider> providers, int retriesOnInvalid) {
        this.providers = List.copyOf(providers);
        if (retriesOnInvalid < 0) {
            throw new IllegalArgumentException("retriesOnInvalid must not be negative");
        }
        this.retriesOnInvalid = retriesOnInvalid;
    }

    /** The providers, in order. */
    public List<LlmProvider> providers() {
        return providers;
    }

    /** The cap of the provider asked first (the others answer only when it fails); none without providers. */
    public RateCap rateCap() {
        return providers.isEmpty() ? RateCap.none() : providers.get(0).rateCap();
    }

    /** One result per item, in order: a value from the first provider that gave a valid one, and the reasons. */
    public <I, O> List<ChainResult<O>> run(List<I> items, ChainTask<I, O> task) {
        Objects.requireNonNull(task, "task");
        int n = items.size();
        List<O> values = new ArrayList<>(n);
        List<List<String>> reasons = new ArrayList<>(n);
        List<Integer> pending = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(null);
            reasons.add(new ArrayList<>());
            pending.add(i);
        }
        for (LlmProvider provider : providers) {
            if (pending.isEmpty()) {
                break;
            }
            List<I> batch = pending.stream().map(items::get).toList();
            List<Checked<O>> answers;
            try {
                answers = ask(provider, task, batch, "");
            } catch (LlmException e) {
                String reason = reason(provider, e);
                pending.forEach(i -> reasons.get(i).add(reason));
                continue;
            }
            List<Integer> still = new ArrayList<>();
            for (int k = 0; k < batch.size(); k++) {
                int i = pending.get(k);
                Checked<O> answer = answers.get(k);
                Optional<O> value = answer.accepted()
                        .or(() -> retry(provider, task, items.get(i), answer, reasons.get(i)));
                value.ifPresentOrElse(v -> values.set(i, v), () -> still.add(i));
            }
            pending = still;
        }
        List<ChainResult<O>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ChainResult<>(Optional.ofNullable(values.get(i)), reasons.get(i)));
        }
        return out;
    }

    /** Records the rejection and retries the item alone with the reason, up to the allowed number of times. */
    private <I, O> Optional<O> retry(LlmProvider provider, ChainTask<I, O> task, I item, Checked<O> first,
                                     List<String> reasons) {
        String problem = first.problem();
        reasons.add(invalid(provider, problem, 0));
        for (int attempt = 1; attempt <= retriesOnInvalid; attempt++) {
            try {
                Checked<O> again = ask(provider, task, List.of(item), problem).get(0);
                if (again.accepted().isPresent()) {
                    return again.accepted();
                }
                problem = again.problem();
                reasons.add(invalid(provider, problem, attempt));
            } catch (LlmException e) {
                reasons.add(reason(provider, e));
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static <I, O> List<Checked<O>> ask(LlmProvider provider, ChainTask<I, O> task, List<I> batch,
                                               String retryReason) throws LlmException {
        String json;
        try {
            json = provider.completeJson(task.request(batch, retryReason));
        } catch (LlmException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("provider {} failed unexpectedly: {}", provider.label(), e.getClass().getName());
            throw new LlmException(LlmException.Kind.OTHER, "unexpected " + e.getClass().getSimpleName(), e);
        }
        if (json == null || json.isBlank()) {
            throw new LlmException(LlmException.Kind.EMPTY, "empty answer");
        }
        List<Checked<O>> answers;
        try {
            answers = task.read(json, batch, provider.label());
        } catch (RuntimeException e) {
            // a reader bug or an answer shape it did not expect: the lead falls back, it does not fail
            LOG.warn("reading {}'s answer failed: {}", provider.label(), e.getClass().getName());
            throw new LlmException(LlmException.Kind.OTHER, "unreadable answer (" + e.getClass().getSimpleName() + ")",
                    e);
        }
        if (answers.size() != batch.size()) {
            throw new IllegalStateException("task read " + answers.size() + " answers for " + batch.size() + " items");
        }
        return answers;
    }

    private static String reason(LlmProvider provider, LlmException e) {
        String message = e.getMessage() == null || e.getMessage().isBlank()
                ? e.kind().name().toLowerCase(java.util.Locale.ROOT) : e.getMessage();
        String line = message.startsWith(provider.label()) ? message : provider.label() + ": " + message;
        return oneLine(line);
    }

    private static String invalid(LlmProvider provider, String problem, int attempt) {
        return oneLine(provider.label() + (attempt == 0 ? "" : " (retry " + attempt + ")") + ": invalid answer: "
                + problem);
    }

    private static String oneLine(String text) {
        String flat = text.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]+", " ").replaceAll("\\s+", " ").strip();
        return flat.length() <= MAX_REASON ? flat : flat.substring(0, MAX_REASON - 1) + "\u2026";
    }
}
