package dev.campaigncrm.llm.testing;

import java.time.Duration;
import java.util.Objects;

/**
 * One scripted answer of a fake provider server, rendered in that server's real wire format (Gemini or OpenAI).
 */
public sealed interface FakeReply {

    /** A normal answer whose text is {@code text} (usually the JSON the schema asks for). */
    record Answer(String text) implements FakeReply {
        /** Checks the text is present. */
        public Answer {
            Objects.requireNonNull(text, "text");
        }
    }

    /** An answer cut off by the token cap: Gemini {@code MAX_TOKENS}, OpenAI {@code length}. */
    record Truncated(String partialText) implements FakeReply {
    }

    /** An answer blocked by the safety filter: Gemini {@code finishReason: SAFETY}, OpenAI {@code content_filter}. */
    record Blocked() implements FakeReply {
    }

    /** The prompt itself blocked: Gemini {@code promptFeedback.blockReason} without candidates. */
    record PromptBlocked() implements FakeReply {
    }

    /** A candidate/choice with no text at all. */
    record Empty() implements FakeReply {
    }

    /**
     * An error status with the provider's error body.
     *
     * @param status     the HTTP status
     * @param retryAfter the {@code Retry-After} header's value, or null
     * @param retryDelay Gemini's {@code RetryInfo.retryDelay} (e.g. "12s"), or null
     */
    record Error(int status, String retryAfter, String retryDelay) implements FakeReply {
    }

    /** Any status and body, verbatim. */
    record Raw(int status, String body) implements FakeReply {
    }

    /** Another reply after a delay (a slow model, or a hang when the delay exceeds the client's timeout). */
    record Delayed(Duration latency, FakeReply reply) implements FakeReply {
        /** Checks both parts are present. */
        public Delayed {
            Objects.requireNonNull(latency, "latency");
            Objects.requireNonNull(reply, "reply");
        }
    }

    /** A normal answer with this text. */
    static FakeReply answer(String text) {
        return new Answer(text);
    }

    /** An answer whose text is not one complete JSON value. */
    static FakeReply malformed(String text) {
        return new Answer(text);
    }

    /** 429 with a {@code Retry-After} header in seconds. */
    static FakeReply tooManyRequests(String retryAfter) {
        return new Error(429, retryAfter, null);
    }

    /** 429 with Gemini's {@code RetryInfo.retryDelay} in the body and no header. */
    static FakeReply quotaExhausted(String retryDelay) {
        return new Error(429, null, retryDelay);
    }

    /** This status with the provider's error body and no retry hint. */
    static FakeReply error(int status) {
        return new Error(status, null, null);
    }

    /** No answer for ten minutes (or until the server closes). */
    static FakeReply hang() {
        return new Delayed(Duration.ofMinutes(10), new Answer("{}"));
    }

    /** This reply after {@code latency}. */
    default FakeReply after(Duration latency) {
        return new Delayed(latency, this);
    }
}
