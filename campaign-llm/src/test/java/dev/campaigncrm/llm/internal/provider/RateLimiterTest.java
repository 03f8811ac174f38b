package dev.campaigncrm.llm.internal.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.llm.testing.FakeTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sliding window on fake time: grants never exceed the limit in any window, and waits are as short as allowed. */
class RateLimiterTest {

    private final FakeTime time = new FakeTime();

    private List<Duration> grantTimes(RateLimiter limiter, int requests, long tokens) throws InterruptedException {
        List<Duration> grants = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            limiter.acquire(tokens).close();
            grants.add(time.elapsed());
            time.advance(Duration.ofSeconds(1));
        }
        return grants;
    }

    @Test
    void theRequestAfterTheLimitWaitsUntilTheOldestLeavesTheWindow() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(3, 0, Duration.ofMinutes(1), time);

        List<Duration> grants = grantTimes(limiter, 5, 1);

        assertThat(grants).containsExactly(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(60), Duration.ofSeconds(61));
    }

    @Test
    void noWindowEverHoldsMoreThanTheLimit() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(15, 0, Duration.ofMinutes(1), time);

        List<Duration> grants = grantTimes(limiter, 100, 1);

        for (Duration start : grants) {
            long inWindow = grants.stream()
                    .filter(g -> g.compareTo(start) >= 0 && g.compareTo(start.plusMinutes(1)) < 0)
                    .count();
            assertThat(inWindow).isLessThanOrEqualTo(15);
        }
        assertThat(grants.get(99)).isGreaterThanOrEqualTo(Duration.ofMinutes(6));
    }

    @Test
    void tokensPerWindowHoldBackLargeRequests() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(0, 1000, Duration.ofMinutes(1), time);

        List<Duration> grants = grantTimes(limiter, 3, 600);

        assertThat(grants).containsExactly(Duration.ZERO, Duration.ofSeconds(60), Duration.ofSeconds(120));
    }

    @Test
    void aRequestLargerThanTheTokenBudgetGoesAloneInsteadOfWaitingForever() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(0, 1000, Duration.ofMinutes(1), time);

        List<Duration> grants = grantTimes(limiter, 2, 5000);

        assertThat(grants).containsExactly(Duration.ZERO, Duration.ofSeconds(60));
    }

    @Test
    void aSlowRequestOccupiesTheWindowUntilOneWindowAfterItsAnswer() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(1, 0, Duration.ofMinutes(1), time);
        RateLimiter.Permit slow = limiter.acquire(1);
        time.advance(Duration.ofSeconds(30));
        slow.close();

        limiter.acquire(1).close();

        assertThat(time.elapsed()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void withoutLimitsNobodyWaits() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(0, 0, Duration.ofMinutes(1), time);

        grantTimes(limiter, 1000, 100_000);

        assertThat(time.sleeps()).isEmpty();
        assertThat(limiter.limited()).isFalse();
    }
}
