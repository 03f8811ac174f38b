package dev.campaigncrm.llm;

import java.util.Objects;

/**
 * A remote embedding model gave no usable vectors. Unchecked, because LangChain4j's {@code EmbeddingModel} declares no
 * exception; the campaign's runner turns it into an UNCLEAR reply with this message as the reason. The message names
 * the model and the HTTP status or problem, e.g. {@code huggingface:sentence-transformers/all-MiniLM-L6-v2: HTTP 401,
 * the key was refused}; it never contains the token.
 */
public final class EmbeddingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final LlmException.Kind kind;

    /** A failure of this kind with a reason a person can read (and no secret in it). */
    public EmbeddingException(LlmException.Kind kind, String reason) {
        super(reason);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** What kind of failure it was (the same kinds as the chat providers'). */
    public LlmException.Kind kind() {
        return kind;
    }
}
