package dev.campaigncrm.llm.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The fake servers record what a client really sent, so that tests can look for a leaked key anywhere in it. */
class FakeLlmServerTest {

    @Test
    void recordsTheRawQueryStringSoAKeyInTheUrlIsVisible() throws Exception {
        try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/chat/completions?key=abc%2B1&x=y"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"m\"}"))
                    .build();

            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            RecordedRequest recorded = server.requests().get(0);
            assertThat(recorded.path()).isEqualTo("/v1/chat/completions");
            assertThat(recorded.query()).isEqualTo("key=abc%2B1&x=y");
            assertThat(recorded.uri()).isEqualTo("/v1/chat/completions?key=abc%2B1&x=y");
            assertThat(recorded.body()).isEqualTo("{\"model\":\"m\"}");
        }
    }

    @Test
    void aRequestWithoutAQueryHasJustItsPathAsUri() throws Exception {
        try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/chat/completions"))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(server.requests().get(0).query()).isEmpty();
            assertThat(server.requests().get(0).uri()).isEqualTo("/v1/chat/completions");
        }
    }
}
