package dev.campaigncrm.llm.steps;

import dev.campaigncrm.llm.LlmException;
import dev.campaigncrm.llm.LlmProvider;
import dev.campaigncrm.llm.LlmRequest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** An in-memory provider that answers from a script, one entry per call, and records every request. */
final class ScriptedProvider implements LlmProvider {

    private final String label;
    private final Deque<Object> script = new ArrayDeque<>();
    private final List<LlmRequest> requests = new ArrayList<>();

    private ScriptedProvider(String label) {
        this.label = label;
    }

    /** A provider with this label and no answers yet. */
    static ScriptedProvider named(String label) {
        return new ScriptedProvider(label);
    }

    /** Queues an answer (JSON text). */
    synchronized ScriptedProvider answers(String... json) {
        script.addAll(List.of(json));
        return this;
    }

    /** Queues a failure of this kind with this reason. */
    synchronized ScriptedProvider fails(LlmException.Kind kind, String reason) {
        script.add(new LlmException(kind, reason));
        return this;
    }

    /** How many calls were made. */
    synchronized int calls() {
        return requests.size();
    }

    /** The requests, in order. */
    synchronized List<LlmRequest> requests() {
        return List.copyOf(requests);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public synchronized String completeJson(LlmRequest request) throws LlmException {
        requests.add(request);
        Object next = script.poll();
        if (next == null) {
            throw new AssertionError(label + " was called more often than scripted (call " + requests.size() + ")");
        }
        if (next instanceof LlmException e) {
            throw e;
        }
        return (String) next;
    }
}
