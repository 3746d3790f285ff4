package dev.reviewflow.security;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import dev.reviewflow.support.MovableClock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class FailedAuthenticationsTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-05-01T12:00:00Z"));
    private final FailedAuthentications failures = new FailedAuthentications(clock, 3);

    @Test
    void anAddressIsRefusedOnceItReachesTheLimitUntilAMinuteAfterItsFirstFailure() {
        failures.recordFailure("203.0.113.7");
        clock.advance(Duration.ofSeconds(10));
        failures.recordFailure("203.0.113.7");
        assertEquals(OptionalLong.empty(), failures.retryAfter("203.0.113.7"));
        failures.recordFailure("203.0.113.7");
        assertEquals(OptionalLong.of(50), failures.retryAfter("203.0.113.7"));
        clock.advance(Duration.ofSeconds(49));
        assertEquals(OptionalLong.of(1), failures.retryAfter("203.0.113.7"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(OptionalLong.empty(), failures.retryAfter("203.0.113.7"));
        failures.recordFailure("203.0.113.7");
        assertEquals(OptionalLong.empty(), failures.retryAfter("203.0.113.7"), "a new minute starts at zero");
    }

    @Test
    void otherAddressesAreNotAffected() {
        for (int i = 0; i < 3; i++) {
            failures.recordFailure("203.0.113.7");
        }
        assertEquals(OptionalLong.of(60), failures.retryAfter("203.0.113.7"));
        assertEquals(OptionalLong.empty(), failures.retryAfter("203.0.113.8"));
        assertEquals(OptionalLong.empty(), failures.retryAfter("2001:db8::7"));
    }

    @Test
    void oneIpv6Slash64CountsAsOneClient() {
        failures.recordFailure("2001:db8:1:2::1");
        failures.recordFailure("2001:db8:1:2:aaaa::2");
        failures.recordFailure("[2001:db8:1:2::3]");
        assertEquals(OptionalLong.of(60), failures.retryAfter("2001:db8:1:2:ffff:ffff:ffff:ffff"));
        assertEquals(OptionalLong.empty(), failures.retryAfter("2001:db8:1:3::1"));
        assertEquals(FailedAuthentications.client("192.0.2.1"), FailedAuthentications.client("::ffff:192.0.2.1"));
        assertNotEquals(FailedAuthentications.client("2001:db8::1"), FailedAuthentications.client("2001:db9::1"));
        // Not an address literal: kept as it is, never looked up.
        assertEquals("localhost:1", FailedAuthentications.client("localhost:1"));
    }

    @Test
    void countsExpireSoTheMapDoesNotGrow() {
        for (int i = 0; i < 1000; i++) {
            failures.recordFailure("198.51." + (i / 250) + "." + (i % 250));
        }
        assertEquals(1000, failures.tracked());
        clock.advance(Duration.ofSeconds(61));
        failures.recordFailure("203.0.113.7");
        assertEquals(1, failures.tracked());
    }
}
