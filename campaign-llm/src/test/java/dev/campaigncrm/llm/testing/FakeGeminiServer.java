package dev.campaigncrm.llm.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fake Gemini API: {@code POST /v1beta/models/{model}:generateContent} answered in Google's real shape
 * ({@code candidates[].content.parts[].text}, {@code finishReason}, {@code usageMetadata}, {@code promptFeedback}) and
 * Google's error bodies ({@code error.code/message/status/details[]} with {@code google.rpc.RetryInfo}). The key header
 * {@code x-goog-api-key} is recorded as {@code <redacted>}. Give {@link #baseUrl()} to {@code LlmProviders.gemini()}.
 */
public final class FakeGeminiServer extends FakeLlmServer {

    private static final Pattern ENDPOINT = Pattern.compile("/v1beta/models/([^/:]+):generateContent");

    private FakeGeminiServer() {
        super("/v1beta", Set.of("x-goog-api-key"));
    }

    /** Starts a server on 127.0.0.1 at a free port. */
    public static FakeGeminiServer start() {
        return new FakeGeminiServer();
    }

    /** The model named in a request's path. */
    public static String modelOf(RecordedRequest request) {
        Matcher m = ENDPOINT.matcher(request.path());
        return m.matches() ? m.group(1) : "";
    }

    @Override
    protected boolean isEndpoint(String path) {
        return ENDPOINT.matcher(path).matches();
    }

    @Override
    protected Rendered render(FakeReply reply, RecordedRequest request, int sequence) {
        int prompt = tokens(request.body());
        String model = modelOf(request);
        if (reply instanceof FakeReply.Answer a) {
            return ok(candidateResponse(candidate(a.text(), "STOP"), prompt, tokens(a.text()), model, sequence));
        }
        if (reply instanceof FakeReply.Truncated t) {
            return ok(candidateResponse(candidate(t.partialText(), "MAX_TOKENS"), prompt, tokens(t.partialText()),
                    model, sequence));
        }
        if (reply instanceof FakeReply.Blocked) {
            return ok(candidateResponse(blockedCandidate(), prompt, 0, model, sequence));
        }
        if (reply instanceof FakeReply.PromptBlocked) {
            return ok(promptBlocked(prompt, model, sequence));
        }
        if (reply instanceof FakeReply.Empty) {
            return ok(candidateResponse(emptyCandidate(), prompt, 0, model, sequence));
        }
        if (reply instanceof FakeReply.Error e) {
            return error(e);
        }
        if (reply instanceof FakeReply.Raw r) {
            return new Rendered(r.status(), Map.of(), r.body());
        }
        return render(((FakeReply.Delayed) reply).reply(), request, sequence);
    }

    @Override
    protected Rendered notFound(String path) {
        return error(new FakeReply.Error(404, null, null));
    }

    private static Rendered ok(Map<String, Object> body) {
        return new Rendered(200, Map.of(), json(body));
    }

    private static Map<String, Object> candidate(String text, String finishReason) {
        Map<String, Object> candidate = new LinkedHashMap<>();
        candidate.put("content", Map.of("parts", List.of(Map.of("text", text == null ? "" : text)), "role", "model"));
        candidate.put("finishReason", finishReason);
        candidate.put("index", 0);
        return candidate;
    }

    private static Map<String, Object> blockedCandidate() {
        Map<String, Object> candidate = new LinkedHashMap<>();
        candidate.put("finishReason", "SAFETY");
        candidate.put("index", 0);
        candidate.put("safetyRatings", List.of(
                Map.of("category", "HARM_CATEGORY_HARASSMENT", "probability", "HIGH", "blocked", true),
                Map.of("category", "HARM_CATEGORY_HATE_SPEECH", "probability", "NEGLIGIBLE")));
        return candidate;
    }

    private static Map<String, Object> emptyCandidate() {
        Map<String, Object> candidate = new LinkedHashMap<>();
        candidate.put("content", Map.of("role", "model"));
        candidate.put("finishReason", "STOP");
        candidate.put("index", 0);
        return candidate;
    }

    private static Map<String, Object> candidateResponse(Map<String, Object> candidate, int prompt, int answer,
                                                         String model, int sequence) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("candidates", List.of(candidate));
        body.put("usageMetadata", Map.of("promptTokenCount", prompt, "candidatesTokenCount", answer,
                "totalTokenCount", prompt + answer));
        body.put("modelVersion", model);
        body.put("responseId", "fake-" + sequence);
        return body;
    }

    private static Map<String, Object> promptBlocked(int prompt, String model, int sequence) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("promptFeedback", Map.of("blockReason", "SAFETY", "safetyRatings", List.of(
                Map.of("category", "HARM_CATEGORY_DANGEROUS_CONTENT", "probability", "HIGH"))));
        body.put("usageMetadata", Map.of("promptTokenCount", prompt, "totalTokenCount", prompt));
        body.put("modelVersion", model);
        body.put("responseId", "fake-" + sequence);
        return body;
    }

    private static Rendered error(FakeReply.Error e) {
        List<Object> details = new ArrayList<>();
        if (e.status() == 429) {
            details.add(Map.of("@type", "type.googleapis.com/google.rpc.QuotaFailure", "violations", List.of(Map.of(
                    "quotaMetric", "generativelanguage.googleapis.com/generate_content_free_tier_requests",
                    "quotaId", "GenerateRequestsPerMinutePerProjectPerModel-FreeTier",
                    "quotaValue", "10"))));
            details.add(Map.of("@type", "type.googleapis.com/google.rpc.Help", "links", List.of(Map.of(
                    "description", "Learn more about Gemini API quotas",
                    "url", "https://ai.google.dev/gemini-api/docs/rate-limits"))));
        }
        if (e.retryDelay() != null) {
            details.add(Map.of("@type", "type.googleapis.com/google.rpc.RetryInfo", "retryDelay", e.retryDelay()));
        }
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", e.status());
        error.put("message", message(e.status()));
        error.put("status", status(e.status()));
        if (!details.isEmpty()) {
            error.put("details", details);
        }
        Map<String, String> headers = e.retryAfter() == null ? Map.of() : Map.of("Retry-After", e.retryAfter());
        return new Rendered(e.status(), headers, json(Map.of("error", error)));
    }

    private static String status(int code) {
        return switch (code) {
            case 400 -> "INVALID_ARGUMENT";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "PERMISSION_DENIED";
            case 404 -> "NOT_FOUND";
            case 429 -> "RESOURCE_EXHAUSTED";
            case 503 -> "UNAVAILABLE";
            case 504 -> "DEADLINE_EXCEEDED";
            default -> code >= 500 ? "INTERNAL" : "FAILED_PRECONDITION";
        };
    }

    private static String message(int code) {
        return switch (code) {
            case 400 -> "Invalid JSON payload received.";
            case 401, 403 -> "API key not valid. Please pass a valid API key.";
            case 404 -> "models/unknown is not found for API version v1beta.";
            case 429 -> "You exceeded your current quota, please check your plan and billing details.";
            case 503 -> "The model is overloaded. Please try again later.";
            default -> "An internal error has occurred.";
        };
    }
}
