package dev.campaigncrm.llm.provider;

import dev.campaigncrm.llm.LlmProvider;
import dev.campaigncrm.llm.testing.FakeGeminiServer;
import dev.campaigncrm.llm.testing.FakeLlmServer;
import dev.campaigncrm.llm.testing.FakeOpenAiServer;
import dev.campaigncrm.llm.testing.FakeTime;
import java.util.Random;
import java.util.function.UnaryOperator;

/** Both wire formats, each with its fake server and a provider on fake time, for tests that hold for both. */
enum FakeProviders {
    GEMINI, OPENAI;

    static final String KEY = "sk-test-SECRET-0123456789";

    /** A fresh fake server speaking this wire format. */
    FakeLlmServer startServer() {
        return this == GEMINI ? FakeGeminiServer.start() : FakeOpenAiServer.start();
    }

    /** A provider talking to {@code server}, waiting on {@code time}, with a seeded jitter. */
    LlmProvider provider(FakeLlmServer server, FakeTime time, UnaryOperator<RemoteProviderBuilder<?>> settings) {
        RemoteProviderBuilder<?> builder = this == GEMINI
                ? LlmProviders.gemini().apiKey(KEY).baseUrl(server.baseUrl())
                : LlmProviders.openAiCompatible().apiKey(KEY).model("test-model").baseUrl(server.baseUrl());
        builder.timeSource(time).random(new Random(42));
        return settings.apply(builder).build();
    }

    /** A provider with the default limits. */
    LlmProvider provider(FakeLlmServer server, FakeTime time) {
        return provider(server, time, b -> b);
    }
}
