package dev.campaigncrm.llm;

/**
 * A language-model call gave no usable answer. The message is a reason a person can read in the artifacts'
 * {@code ai_fallback_reason}, e.g. {@code gemini:gemini-2.5-flash: HTTP 429 after 3 attempts}; it never contains a key.
 */
public class LlmException extends Exception {

    /** What kind of failure it was. */
    public enum Kind {
        /** 429 after the allowed attempts. */
        RATE_LIMITED,
        /** 5xx after the allowed attempts. */
        SERVER_ERROR,
        /** No answer within the call's time limit. */
        TIMEOUT,
        /** The key was refused (401/403) or is missing. */
        AUTH,
        /** The server could not be reached. */
        NETWORK,
        /** The answer had no candidate or no text. */
        EMPTY,
        /** The provider blocked the answer (e.g. Gemini {@code finishReason: SAFETY}). */
        SAFETY,
        /** The answer was cut off (e.g. {@code MAX_TOKENS} / {@code length}). */
        TRUNCATED,
        /** The answer was not the JSON the schema asks for. */
        MALFORMED,
        /** The JSON parsed but failed the campaign's checks (e.g. a draft with a foreign link). */
        INVALID,
        /** Anything else (a 4xx other than 401/403/429, a client bug). */
        OTHER
    }

    private final Kind kind;

    /** A failure of this kind with a reason a person can read. */
    public LlmException(Kind kind, String reason) {
        super(reason);
        this.kind = kind;
    }

    /** A failure of this kind with a reason and its cause. */
    public LlmException(Kind kind, String reason, Throwable cause) {
        super(reason, cause);
        this.kind = kind;
    }

    /** What kind of failure it was. */
    public Kind kind() {
        return kind;
    }
}
