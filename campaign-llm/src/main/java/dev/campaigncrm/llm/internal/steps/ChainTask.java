package dev.campaigncrm.llm.internal.steps;

import dev.campaigncrm.llm.LlmException;
import dev.campaigncrm.llm.LlmRequest;
import java.util.List;

/**
 * One campaign step's use of the provider chain: how to ask about a batch of items and how to read and check the
 * answer, item by item.
 *
 * @param <I> what is asked about (a lead, an analysis, a reply)
 * @param <O> the accepted result
 */
public interface ChainTask<I, O> {

    /**
     * The request for these items; {@code retryReason} is empty on a first attempt and otherwise says why the
     * previous answer for the (single) item was rejected, so the model can correct it.
     */
    LlmRequest request(List<I> items, String retryReason);

    /**
     * Reads the answer into one {@link Checked} per item, in the items' order.
     *
     * @throws LlmException of kind {@code MALFORMED} when the answer as a whole cannot be read
     */
    List<Checked<O>> read(String json, List<I> items, String providerLabel) throws LlmException;
}
