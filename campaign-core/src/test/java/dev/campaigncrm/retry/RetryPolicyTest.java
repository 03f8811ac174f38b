package dev.campaigncrm.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Random RANDOM = new Random(7);

    @Test
    void withoutJitterThePausesGrowByTheFactorUpToTheLongestBackoff() {
        RetryPolicy smtp = RetryPolicy.exponential(4, Duration.ofSeconds(1), 4).withMaxBackoff(Duration.ofSeconds(10));

        assertThat(smtp.delayAfter(1, Optional.empty(), RANDOM)).contains(Duration.ofSeconds(1));
        assertThat(smtp.delayAfter(2, Optional.empty(), RANDOM)).contains(Duration.ofSeconds(4));
        assertThat(smtp.delayAfter(3, Optional.empty(), RANDOM)).contains(Duration.ofSeconds(10));
        assertThat(smtp.allowsAnotherAfter(3)).isTrue();
        assertThat(smtp.allowsAnotherAfter(4)).isFalse();
    }

    @Test
    void withJitterEachPauseIsSpreadBetweenZeroAndItsCeiling() {
        RetryPolicy model = RetryPolicy.exponential(5, Duration.ofMillis(1000), 2).withJitter();
        Set<Duration> seen = new HashSet<>();

        for (int i = 0; i < 200; i++) {
            Duration d = model.delayAfter(3, Optional.empty(), RANDOM).orElseThrow();
            assertThat(d).isBetween(Duration.ZERO, Duration.ofMillis(4000));
            seen.add(d);
        }

        assertThat(seen).hasSizeGreaterThan(100);
    }

    @Test
    void aServersLongerWaitIsHonouredAndOneBeyondTheLimitStopsRetrying() {
        RetryPolicy model = RetryPolicy.exponential(3, Duration.ofSeconds(1), 2).withMaxServerDelay(Duration.ofMinutes(2));

        assertThat(model.delayAfter(1, Optional.of(Duration.ofSeconds(30)), RANDOM)).contains(Duration.ofSeconds(30));
        assertThat(model.delayAfter(1, Optional.of(Duration.ofMillis(10)), RANDOM)).contains(Duration.ofSeconds(1));
        assertThat(model.delayAfter(1, Optional.of(Duration.ofHours(20)), RANDOM)).isEmpty();
    }

    @Test
    void valuesOutsideTheirRangeAreRefusedWithTheRange() {
        assertThatThrownBy(() -> RetryPolicy.exponential(0, Duration.ofSeconds(1), 2))
                .hasMessage("attempts must be from 1 to 10, not 0");
        assertThatThrownBy(() -> RetryPolicy.exponential(3, Duration.ofMinutes(11), 2))
                .hasMessage("backoff must be from 0 to 10 minutes, not PT11M");
        assertThatThrownBy(() -> RetryPolicy.exponential(3, Duration.ofSeconds(1), 0))
                .hasMessage("backoff factor must be from 1 to 10, not 0");
        assertThatThrownBy(() -> RetryPolicy.exponential(3, Duration.ofSeconds(1), 2).withMaxAttempts(11))
                .hasMessage("attempts must be from 1 to 10, not 11");
    }
}
