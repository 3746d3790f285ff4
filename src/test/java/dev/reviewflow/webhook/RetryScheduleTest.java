package dev.reviewflow.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetryScheduleTest {

    private static final RetrySchedule DEFAULT = new RetrySchedule(List.of(
            Duration.ofSeconds(5),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            Duration.ofHours(5),
            Duration.ofHours(10),
            Duration.ofHours(10)));

    @Test
    void eightAttemptsOverAboutADay() {
        assertEquals(8, DEFAULT.maxAttempts());
        Duration total = Duration.ZERO;
        for (int failed = 1; failed < DEFAULT.maxAttempts(); failed++) {
            total = total.plus(DEFAULT.delayAfter(failed, 0.5).orElseThrow());
        }
        assertEquals(Duration.ofSeconds(5).plusMinutes(35).plusHours(27), total);
    }

    @Test
    void theMiddleDrawGivesTheConfiguredDelay() {
        assertEquals(Optional.of(Duration.ofSeconds(5)), DEFAULT.delayAfter(1, 0.5));
        assertEquals(Optional.of(Duration.ofMinutes(5)), DEFAULT.delayAfter(2, 0.5));
        assertEquals(Optional.of(Duration.ofHours(10)), DEFAULT.delayAfter(7, 0.5));
    }

    @Test
    void jitterSpreadsADelayByAFifthEitherWay() {
        assertEquals(Optional.of(Duration.ofMinutes(24)), DEFAULT.delayAfter(3, 0.0));
        Duration highest = DEFAULT.delayAfter(3, Math.nextDown(1.0)).orElseThrow();
        assertTrue(highest.compareTo(Duration.ofMinutes(36)) <= 0, highest.toString());
        assertTrue(highest.compareTo(Duration.ofMinutes(35)) > 0, highest.toString());
    }

    @Test
    void afterTheLastAttemptThereIsNoDelay() {
        assertEquals(Optional.empty(), DEFAULT.delayAfter(8, 0.5));
        assertEquals(Optional.empty(), DEFAULT.delayAfter(9, 0.5));
    }

    @Test
    void nothingToWaitForBeforeAFailure() {
        assertThrows(IllegalArgumentException.class, () -> DEFAULT.delayAfter(0, 0.5));
    }

    @Test
    void delaysMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(List.of(Duration.ZERO)));
    }
}
