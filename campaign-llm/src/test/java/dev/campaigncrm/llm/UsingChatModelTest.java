package dev.campaigncrm.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.analysis.LeadAnalysis;
import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.llm.steps.LlmLeadAnalyzer;
import dev.campaigncrm.testing.TestLeads;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The one-line entry point for a caller's own LangChain4j model: {@code LlmLeadAnalyzer.using(chatModel)}. */
class UsingChatModelTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

    /** A ChatModel answering every request with {@code answer}, recording what it was asked. */
    private static final class RecordingModel implements ChatModel {
        final List<ChatRequest> requests = new ArrayList<>();
        private final Function<ChatRequest, ChatResponse> answer;

        RecordingModel(Function<ChatRequest, ChatResponse> answer) {
            this.answer = answer;
        }

        @Override
        public synchronized ChatResponse doChat(ChatRequest request) {
            requests.add(request);
            return answer.apply(request);
        }
    }

    private static ChatResponse text(String json) {
        return ChatResponse.builder().aiMessage(AiMessage.from(json)).finishReason(FinishReason.STOP).build();
    }

    @Test
    void aCallersModelAnalysesTheLeadWithTheSchemaAndIsNamedInTheProvenance() {
        RecordingModel model = new RecordingModel(r -> text("""
                {"engagement": 25, "engagement_phrases": ["requested a demo"], "inferred_fields": [],
                 "persona": "ENTERPRISE_TECH_DECISION_MAKER", "persona_reason": "CEO asking for a demo"}"""));
        Lead lead = TestLeads.lead(0);

        LeadAnalysis a = LlmLeadAnalyzer.using(model).analyze(lead, AS_OF);

        assertThat(a.provenance().source()).isEqualTo("chat-model");
        assertThat(a.provenance().fellBack()).isFalse();
        assertThat(a.score().engagement()).isEqualTo(25);
        assertThat(model.requests).hasSize(1);
        assertThat(model.requests.get(0).responseFormat().jsonSchema()).as("structured output is asked for")
                .isNotNull();
    }

    @Test
    void aModelThatFailsFallsBackToTheRulesWithTheReason() {
        RecordingModel model = new RecordingModel(r -> {
            throw new IllegalStateException("model crashed");
        });

        LeadAnalysis a = LlmLeadAnalyzer.using(model).analyze(TestLeads.lead(1), AS_OF);

        assertThat(a.provenance().source()).isEqualTo("rules");
        assertThat(a.provenance().fallbackReason()).contains("chat-model");
    }

    @Test
    void aModelThatAnswersProseInsteadOfJsonIsMalformedNotASilentDefault() {
        RecordingModel model = new RecordingModel(r -> text("Sure! This lead looks great."));

        LeadAnalysis a = LlmLeadAnalyzer.using(model).analyze(TestLeads.lead(2), AS_OF);

        assertThat(a.provenance().source()).isEqualTo("rules");
        assertThat(a.provenance().fallbackReason()).containsIgnoringCase("json");
    }
}
