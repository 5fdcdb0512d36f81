package fr.chorusdesk.chorus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(500), 2.0, Duration.ofSeconds(3));

    @Test
    void backOffGrowsAndIsCapped() {
        assertThat(policy.delayBefore(2, Optional.empty())).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.delayBefore(3, Optional.empty())).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.delayBefore(4, Optional.empty())).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delayBefore(5, Optional.empty())).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void retryAfterWinsWhenLongerButStaysCapped() {
        assertThat(policy.delayBefore(2, Optional.of(Duration.ofSeconds(2)))).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delayBefore(4, Optional.of(Duration.ofSeconds(1)))).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delayBefore(2, Optional.of(Duration.ofMinutes(5)))).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void needsAtLeastOneAttempt() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, 1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    }
}
