package dev.campaigncrm.llm.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.campaigncrm.llm.LlmException.Kind;
import dev.campaigncrm.llm.internal.offline.SharedEmbeddingModel;
import dev.campaigncrm.llm.EmbeddingException;
import dev.campaigncrm.llm.provider.LlmProviders;
import dev.campaigncrm.llm.testing.FakeHuggingFaceEmbeddingsServer;
import dev.campaigncrm.llm.testing.FakeReply;
import dev.campaigncrm.reply.Reply;
import dev.campaigncrm.reply.ReplyCategory;
import dev.campaigncrm.reply.ReplyClassification;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The embedding reply classifier on Hugging Face's embeddings, end to end against a fake Inference API that answers
 * with the in-process all-MiniLM-L6-v2's vectors (the model the classifier was tuned on): the classes come out as
 * offline, and the provenance names the remote model.
 */
class HuggingFaceEmbeddingClassifierTest {

    private static final String TOKEN = "hf_test_SECRET_0123456789";
    private static final String NAME = "huggingface:all-MiniLM-L6-v2";

    private static FakeHuggingFaceEmbeddingsServer server;
    private static EmbeddingReplyClassifier classifier;

    @BeforeAll
    static void start() {
        server = FakeHuggingFaceEmbeddingsServer.start(SharedEmbeddingModel.get());
        EmbeddingModel hf = LlmProviders.huggingFaceEmbeddings().token(TOKEN).baseUrl(server.baseUrl()).build();
        classifier = EmbeddingReplyClassifier.builder().embeddingModel(hf, NAME).build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "[{index}] {1} <- {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Happy to set up a demo for my team - does next Tuesday suit you?       | INTERESTED
            We have our own solution and do not need another one.                    | NOT_INTERESTED
            Could you send me the price list and a product sheet?                    | NEEDS_FOLLOW_UP
            We are busy until autumn; please get in touch again in October.          | NEEDS_FOLLOW_UP
            Who gave you this address?                                               | UNCLEAR
            """)
    void classifiesThroughTheRemoteEmbeddingsAndNamesTheModel(String body, ReplyCategory expected) {
        ReplyClassification c = classifier.classify(reply(body));

        assertThat(c.category()).as(c.rationale()).isEqualTo(expected);
        assertThat(c.provenance().source()).isEqualTo(NAME);
        assertThat(c.rationale()).contains("nearest examples");
        assertThat(server.requests()).anySatisfy(r ->
                assertThat(FakeHuggingFaceEmbeddingsServer.inputsOf(r)).contains(body));
    }

    @Test
    void aRefusedTokenFailsTheCallWithAClearMessageAndALaterCallCanSucceed() {
        EmbeddingModel hf = LlmProviders.huggingFaceEmbeddings().token(TOKEN).baseUrl(server.baseUrl()).build();
        EmbeddingReplyClassifier fresh = EmbeddingReplyClassifier.builder().embeddingModel(hf, NAME).build();
        server.enqueue(FakeReply.error(401));

        EmbeddingException e = catchThrowableOfType(EmbeddingException.class,
                () -> fresh.classify(reply("Could you send me the price list?")));

        assertThat(e.kind()).isEqualTo(Kind.AUTH);
        assertThat(e.getMessage()).contains("HTTP 401", "huggingface:").doesNotContain(TOKEN);
        assertThat(fresh.classify(reply("Could you send me the price list?")).category())
                .isEqualTo(ReplyCategory.NEEDS_FOLLOW_UP);
    }

    private static Reply reply(String body) {
        return new Reply("lead-1", "dana@client.example", "Re: Hello", body, Map.of(), Instant.EPOCH, "file");
    }
}
