package dev.campaigncrm.llm.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.campaigncrm.llm.LlmException;
import dev.campaigncrm.llm.LlmException.Kind;
import dev.campaigncrm.llm.LlmProvider;
import dev.campaigncrm.llm.testing.FakeTime;
import dev.campaigncrm.llm.testing.TestSchemas;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** A caller's own ChatModel gets the same limits: LangChain4j's exceptions are mapped and retried. */
class ChatModelProviderTest {

    private static final String ANSWER = "{\"score\":1,\"persona\":\"Explorer\"}";

    private final ChatModel model = mock(ChatModel.class);
    private final FakeTime time = new FakeTime();
    private final LlmProvider provider = LlmProviders.chatModel(model, "mine:local")
            .timeSource(time).random(new Random(1)).build();

    private static ChatResponse response(String text, FinishReason finish) {
        return ChatResponse.builder().aiMessage(text == null ? AiMessage.builder().build()
                : AiMessage.from(text)).finishReason(finish).build();
    }

    private LlmException failure() {
        return catchThrowableOfType(LlmException.class, () -> provider.completeJson(TestSchemas.request("lead")));
    }

    @Test
    void sendsTheSchemaAsAJsonResponseFormat() throws LlmException {
        when(model.chat(any(ChatRequest.class))).thenReturn(response(ANSWER, FinishReason.STOP));

        assertThat(provider.completeJson(TestSchemas.request("lead"))).isEqualTo(ANSWER);

        ArgumentCaptor<ChatRequest> sent = ArgumentCaptor.forClass(ChatRequest.class);
        verify(model).chat(sent.capture());
        assertThat(sent.getValue().responseFormat().jsonSchema()).isEqualTo(TestSchemas.scoreAndPersona());
        assertThat(sent.getValue().maxOutputTokens()).isEqualTo(256);
        assertThat(sent.getValue().messages()).hasSize(2);
        assertThat(provider.label()).isEqualTo("mine:local");
    }

    @Test
    void rateLimitsAndServerErrorsAreRetried() throws LlmException {
        when(model.chat(any(ChatRequest.class)))
                .thenThrow(new RateLimitException("slow down"))
                .thenThrow(new InternalServerException("oops"))
                .thenReturn(response(ANSWER, FinishReason.STOP));

        assertThat(provider.completeJson(TestSchemas.request("lead"))).isEqualTo(ANSWER);

        verify(model, times(3)).chat(any(ChatRequest.class));
    }

    @Test
    void rateLimitsFailAfterTheAllowedAttempts() {
        when(model.chat(any(ChatRequest.class))).thenThrow(new RateLimitException("slow down"));

        LlmException e = failure();

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.getMessage()).isEqualTo("mine:local: HTTP 429 after 3 attempts");
        verify(model, times(3)).chat(any(ChatRequest.class));
    }

    @Test
    void aRefusedKeyIsNotRetried() {
        when(model.chat(any(ChatRequest.class))).thenThrow(new HttpException(401, "unauthorized"));

        assertThat(failure().kind()).isEqualTo(Kind.AUTH);
        verify(model, times(1)).chat(any(ChatRequest.class));
    }

    @Test
    void timeoutsAreTimeouts() {
        when(model.chat(any(ChatRequest.class))).thenThrow(new TimeoutException("too slow"));

        assertThat(failure().kind()).isEqualTo(Kind.TIMEOUT);
        verify(model, times(3)).chat(any(ChatRequest.class));
    }

    @Test
    void finishReasonsAndEmptyTextAreErrors() {
        when(model.chat(any(ChatRequest.class)))
                .thenReturn(response("{\"score\":", FinishReason.LENGTH))
                .thenReturn(response(null, FinishReason.CONTENT_FILTER))
                .thenReturn(response(null, FinishReason.STOP))
                .thenReturn(response("not json", FinishReason.STOP));

        assertThat(failure().kind()).isEqualTo(Kind.TRUNCATED);
        assertThat(failure().kind()).isEqualTo(Kind.SAFETY);
        assertThat(failure().kind()).isEqualTo(Kind.EMPTY);
        assertThat(failure().kind()).isEqualTo(Kind.MALFORMED);
    }

    @Test
    void anUnknownExceptionIsOtherAndNotRetried() {
        when(model.chat(any(ChatRequest.class))).thenThrow(new IllegalArgumentException("bad schema"));

        LlmException e = failure();

        assertThat(e.kind()).isEqualTo(Kind.OTHER);
        assertThat(e.getMessage()).contains("IllegalArgumentException");
        verify(model, times(1)).chat(any(ChatRequest.class));
    }

    @Test
    void usingGivesTheDefaultLimits() throws LlmException {
        when(model.chat(any(ChatRequest.class))).thenReturn(response(ANSWER, FinishReason.STOP));

        assertThat(LlmProviders.using(model, "mine").completeJson(TestSchemas.request("x"))).isEqualTo(ANSWER);
    }
}
