package dev.campaigncrm.llm.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.campaigncrm.llm.LlmException;
import dev.campaigncrm.llm.LlmProvider;
import dev.campaigncrm.llm.internal.provider.TimeSource;
import dev.campaigncrm.llm.testing.FakeTime;
import dev.campaigncrm.llm.testing.TestSchemas;
import dev.campaigncrm.store.InMemoryCampaignStore;
import dev.campaigncrm.store.SendSlots;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Two providers built as two workers of one campaign would build them, sharing one store's send slots: together they
 * stay within the cap (at most rpm + 1 in any minute), where each alone would have gone to its own cap. On fake time.
 */
class SharedRpmTest {

    private static final int RPM = 10;
    private static final String ANSWER = "{\"ok\":true}";
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final FakeTime time = new FakeTime();
    private final List<Instant> sent = Collections.synchronizedList(new ArrayList<>());

    /** A model that notes when each request reached it. */
    private ChatModel model(TimeSource clock) {
        ChatModel model = mock(ChatModel.class);
        when(model.chat(any(ChatRequest.class))).thenAnswer(call -> {
            sent.add(clock.now());
            return ChatResponse.builder().aiMessage(AiMessage.from(ANSWER)).finishReason(FinishReason.STOP).build();
        });
        return model;
    }

    private LlmProvider worker(SendSlots slots, TimeSource clock) {
        ChatModelProviderBuilder b = LlmProviders.chatModel(model(clock), "mine:local").rpm(RPM).timeSource(clock);
        if (slots != null) {
            b.sharedRpm(slots, "campaign-1");
        }
        return b.build();
    }

    /** The most requests that reached the model in any minute. */
    private int mostInAnyMinute() {
        List<Instant> times = new ArrayList<>(sent);
        Collections.sort(times);
        int most = 0;
        for (int i = 0; i < times.size(); i++) {
            Instant end = times.get(i).plus(MINUTE);
            int n = 0;
            for (int j = i; j < times.size() && times.get(j).isBefore(end); j++) {
                n++;
            }
            most = Math.max(most, n);
        }
        return most;
    }

    private void callInTurn(LlmProvider a, LlmProvider b, int callsEach) throws LlmException {
        for (int i = 0; i < callsEach; i++) {
            assertThat(a.completeJson(TestSchemas.request("a " + i))).isEqualTo(ANSWER);
            assertThat(b.completeJson(TestSchemas.request("b " + i))).isEqualTo(ANSWER);
        }
    }

    @Test
    void eachWorkerAloneHoldsOnlyItsOwnCap() throws LlmException {
        callInTurn(worker(null, time), worker(null, time), RPM);

        // the per-process limiters let both workers send their whole minute at once: twice the cap
        assertThat(mostInAnyMinute()).isEqualTo(2 * RPM);
    }

    @Test
    void twoWorkersSharingTheStoresSlotsStayWithinTheCapTogether() throws LlmException {
        InMemoryCampaignStore store = new InMemoryCampaignStore();
        // start just before a window ends: the worst case, where a minute touches rpm + 1 windows
        time.advance(Duration.ofMillis(5_999));

        callInTurn(worker(store.sendSlots(), time), worker(store.sendSlots(), time), 3 * RPM);

        assertThat(sent).hasSize(6 * RPM);
        assertThat(mostInAnyMinute()).isLessThanOrEqualTo(RPM + 1);
        // and the workers did not wait more than the shared cap needs: one window of 6 s per request
        assertThat(time.elapsed()).isLessThanOrEqualTo(Duration.ofMillis(5_999).plusSeconds(6 * (6 * RPM - 1)));
    }

    @Test
    void workersOfAnotherCampaignOrAnotherModelCountApart() throws LlmException {
        InMemoryCampaignStore store = new InMemoryCampaignStore();
        LlmProvider a = worker(store.sendSlots(), time);
        LlmProvider otherCampaign = LlmProviders.chatModel(model(time), "mine:local").rpm(RPM).timeSource(time)
                .sharedRpm(store.sendSlots(), "campaign-2").build();
        LlmProvider otherModel = LlmProviders.chatModel(model(time), "mine:other").rpm(RPM).timeSource(time)
                .sharedRpm(store.sendSlots(), "campaign-1").build();

        a.completeJson(TestSchemas.request("a"));
        otherCampaign.completeJson(TestSchemas.request("b"));
        otherModel.completeJson(TestSchemas.request("c"));

        assertThat(time.sleeps()).isEmpty();
        assertThat(sent).hasSize(3);
    }

    @Test
    void manyCallersOfTwoWorkersNeverShareAWindow() throws Exception {
        InMemoryCampaignStore store = new InMemoryCampaignStore();
        Set<Long> windows = ConcurrentHashMap.newKeySet();
        AtomicInteger taken = new AtomicInteger();
        SendSlots counted = (campaign, scope, window, capacity) -> {
            boolean ok = store.sendSlots().take(campaign, scope, window, capacity);
            if (ok) {
                taken.incrementAndGet();
                windows.add(window);
            }
            return ok;
        };
        SleepUntil clock = new SleepUntil();
        LlmProvider a = worker(counted, clock);
        LlmProvider b = worker(counted, clock);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                LlmProvider p = i % 2 == 0 ? a : b;
                int lead = i;
                answers.add(pool.submit(() -> p.completeJson(TestSchemas.request("lead " + lead))));
            }
            for (Future<String> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(ANSWER);
            }
        } finally {
            pool.shutdownNow();
        }

        // one request per window of ceil(60 s / rpm) for all the workers together: so at most rpm + 1 in a minute
        assertThat(taken.get()).isEqualTo(40);
        assertThat(windows).hasSize(40);
    }

    @Test
    void anInterruptedWaitForTheSharedCapFailsTheCall() throws LlmException {
        InMemoryCampaignStore store = new InMemoryCampaignStore();
        worker(store.sendSlots(), time).completeJson(TestSchemas.request("first"));
        ChatModel second = mock(ChatModel.class);
        LlmProvider waiting = LlmProviders.chatModel(second, "mine:local").rpm(RPM).timeSource(new Interrupting())
                .sharedRpm(store.sendSlots(), "campaign-1").build();

        LlmException e = catchThrowableOfType(LlmException.class,
                () -> waiting.completeJson(TestSchemas.request("second")));

        assertThat(e.kind()).isEqualTo(LlmException.Kind.OTHER);
        assertThat(e.getMessage()).contains("interrupted");
        assertThat(Thread.interrupted()).isTrue();
        verify(second, never()).chat(any(ChatRequest.class));
    }

    /** The test's clock, whose sleep is interrupted. */
    private final class Interrupting implements TimeSource {
        @Override
        public long nanoTime() {
            return time.nanoTime();
        }

        @Override
        public Instant now() {
            return time.now();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            throw new InterruptedException();
        }
    }

    /** A clock for many threads: a sleeper moves the time to when it wakes, unless it is already later. */
    private static final class SleepUntil implements TimeSource {
        private final AtomicLong nanos = new AtomicLong();
        private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

        @Override
        public long nanoTime() {
            return nanos.get();
        }

        @Override
        public Instant now() {
            return Instant.parse("2026-01-05T09:00:00Z").plusNanos(nanos.get());
        }

        @Override
        public void sleep(Duration duration) {
            sleeps.add(duration);
            long wake = nanos.get() + Math.max(0, duration.toNanos());
            nanos.accumulateAndGet(wake, Math::max);
        }
    }
}
