package dev.campaigncrm.llm.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A fake language-model server on 127.0.0.1 (a free port) for tests: replies come from a script (one per request, in
 * order) and then from a default responder; every request is recorded (time, path, raw query, headers without the key, body).
 * Requests are served concurrently, so latency in one does not delay another.
 */
public abstract class FakeLlmServer implements AutoCloseable {

    /**
     * One rendered HTTP response.
     *
     * @param status  the status
     * @param headers extra headers
     * @param body    the JSON body
     */
    protected record Rendered(int status, Map<String, String> headers, String body) {
    }

    /** JSON for the subclasses' bodies. */
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final ExecutorService executor;
    private final String basePath;
    private final Set<String> keyHeaders;
    private final Deque<FakeReply> script = new ConcurrentLinkedDeque<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final Set<String> keysSeen = ConcurrentHashMap.newKeySet();
    private final AtomicInteger served = new AtomicInteger();
    private volatile Function<RecordedRequest, FakeReply> responder = r -> FakeReply.answer("{\"ok\":true}");

    /**
     * Starts a server.
     *
     * @param basePath   the API's base path, e.g. {@code /v1beta}
     * @param keyHeaders lower-case names of the headers that carry the key (recorded as {@code <redacted>})
     */
    protected FakeLlmServer(String basePath, Set<String> keyHeaders) {
        this.basePath = basePath;
        this.keyHeaders = keyHeaders;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, getClass().getSimpleName());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The base URL to give the provider's builder, e.g. {@code http://127.0.0.1:41234/v1beta}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + basePath;
    }

    /** Scripts the next replies, in order; once they are used up, the default responder answers. */
    public FakeLlmServer enqueue(FakeReply... replies) {
        Collections.addAll(script, replies);
        return this;
    }

    /** The default responder, for requests beyond the script (default: the answer {@code {"ok":true}}). */
    public FakeLlmServer respondWith(Function<RecordedRequest, FakeReply> defaultResponder) {
        this.responder = defaultResponder;
        return this;
    }

    /** Every request received so far, in arrival order. */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** How many requests arrived. */
    public int requestCount() {
        return requests.size();
    }

    /** Whether some request carried exactly this key in the provider's key header. */
    public boolean sawKey(String key) {
        return keysSeen.contains(key);
    }

    /** The most requests that arrived within any span shorter than {@code window}. */
    public int maxRequestsInAnyWindow(Duration window) {
        List<Long> times = new ArrayList<>();
        for (RecordedRequest r : requests) {
            times.add(r.receivedNanos());
        }
        Collections.sort(times);
        long span = window.toNanos();
        int max = 0;
        int start = 0;
        for (int end = 0; end < times.size(); end++) {
            while (times.get(end) - times.get(start) >= span) {
                start++;
            }
            max = Math.max(max, end - start + 1);
        }
        return max;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** Whether this path is the API's generate endpoint. */
    protected abstract boolean isEndpoint(String path);

    /** This reply in the provider's wire format. */
    protected abstract Rendered render(FakeReply reply, RecordedRequest request, int sequence);

    /** The provider's "not found" for another path. */
    protected abstract Rendered notFound(String path);

    /** JSON text of a tree made of maps and lists. */
    protected static String json(Object tree) {
        try {
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A rough token count for usage figures. */
    protected static int tokens(String text) {
        return text == null ? 0 : Math.max(1, text.length() / 4);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            long now = System.nanoTime();
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String path = exchange.getRequestURI().getPath();
            RecordedRequest request = new RecordedRequest(now, exchange.getRequestMethod(), path,
                    exchange.getRequestURI().getRawQuery(), recordHeaders(exchange), body);
            if (!isEndpoint(path) || !"POST".equals(exchange.getRequestMethod())) {
                send(exchange, notFound(path));
                return;
            }
            requests.add(request);
            FakeReply reply = script.poll();
            if (reply == null) {
                reply = responder.apply(request);
            }
            while (reply instanceof FakeReply.Delayed delayed) {
                try {
                    Thread.sleep(delayed.latency().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                reply = delayed.reply();
            }
            send(exchange, render(reply, request, served.incrementAndGet()));
        }
    }

    private Map<String, List<String>> recordHeaders(HttpExchange exchange) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (keyHeaders.contains(lower)) {
                values.forEach(v -> keysSeen.add(v.startsWith("Bearer ") ? v.substring(7) : v));
                headers.put(lower, List.of("<redacted>"));
            } else {
                headers.put(lower, List.copyOf(values));
            }
        });
        return Collections.unmodifiableMap(headers);
    }

    private static void send(HttpExchange exchange, Rendered rendered) throws IOException {
        byte[] bytes = rendered.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        rendered.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.sendResponseHeaders(rendered.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
