package dev.campaigncrm.llm.testing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fake OpenAI-compatible server (as OpenAI, Hugging Face's router, Ollama or vLLM speak it):
 * {@code POST /v1/chat/completions} answered with {@code choices[].message.content}, {@code finish_reason},
 * {@code usage}, and OpenAI's error bodies ({@code error.message/type/code}) with an optional {@code Retry-After}. The
 * {@code Authorization} header is recorded as {@code <redacted>}. Give {@link #baseUrl()} to the builder.
 */
public final class FakeOpenAiServer extends FakeLlmServer {

    private static final String ENDPOINT = "/v1/chat/completions";
    private static final long CREATED = 1_767_225_600L;

    private FakeOpenAiServer() {
        super("/v1", Set.of("authorization"));
    }

    /** Starts a server on 127.0.0.1 at a free port. */
    public static FakeOpenAiServer start() {
        return new FakeOpenAiServer();
    }

    @Override
    protected boolean isEndpoint(String path) {
        return ENDPOINT.equals(path);
    }

    @Override
    protected Rendered render(FakeReply reply, RecordedRequest request, int sequence) {
        int prompt = tokens(request.body());
        String model = request.body().isBlank() ? "" : request.json().path("model").asText("");
        if (reply instanceof FakeReply.Answer a) {
            return ok(completion(a.text(), "stop", prompt, model, sequence));
        }
        if (reply instanceof FakeReply.Truncated t) {
            return ok(completion(t.partialText(), "length", prompt, model, sequence));
        }
        if (reply instanceof FakeReply.Blocked || reply instanceof FakeReply.PromptBlocked) {
            return ok(completion(null, "content_filter", prompt, model, sequence));
        }
        if (reply instanceof FakeReply.Empty) {
            return ok(completion("", "stop", prompt, model, sequence));
        }
        if (reply instanceof FakeReply.Error e) {
            return error(e.status(), e.retryAfter());
        }
        if (reply instanceof FakeReply.Raw r) {
            return new Rendered(r.status(), Map.of(), r.body());
        }
        return render(((FakeReply.Delayed) reply).reply(), request, sequence);
    }

    @Override
    protected Rendered notFound(String path) {
        return error(404, null);
    }

    private static Rendered ok(Map<String, Object> body) {
        return new Rendered(200, Map.of(), json(body));
    }

    private static Map<String, Object> completion(String content, String finishReason, int prompt, String model,
                                                  int sequence) {
        Map<String, Object> message = new HashMap<>();
        message.put("role", "assistant");
        message.put("content", content);
        message.put("refusal", null);
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("index", 0);
        choice.put("message", message);
        choice.put("logprobs", null);
        choice.put("finish_reason", finishReason);
        int answer = tokens(content);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", "chatcmpl-fake-" + sequence);
        body.put("object", "chat.completion");
        body.put("created", CREATED);
        body.put("model", model);
        body.put("choices", List.of(choice));
        body.put("usage", Map.of("prompt_tokens", prompt, "completion_tokens", answer,
                "total_tokens", prompt + answer));
        return body;
    }

    private static Rendered error(int status, String retryAfter) {
        Map<String, Object> error = new HashMap<>();
        error.put("message", switch (status) {
            case 401 -> "Incorrect API key provided.";
            case 404 -> "The model does not exist or you do not have access to it.";
            case 429 -> "Rate limit reached for requests.";
            default -> status >= 500 ? "The server had an error while processing your request." : "Invalid request.";
        });
        error.put("type", switch (status) {
            case 401 -> "invalid_request_error";
            case 429 -> "requests";
            default -> status >= 500 ? "server_error" : "invalid_request_error";
        });
        error.put("param", null);
        error.put("code", switch (status) {
            case 401 -> "invalid_api_key";
            case 404 -> "model_not_found";
            case 429 -> "rate_limit_exceeded";
            default -> null;
        });
        Map<String, String> headers = retryAfter == null ? Map.of() : Map.of("Retry-After", retryAfter);
        return new Rendered(status, headers, json(Map.of("error", error)));
    }
}
