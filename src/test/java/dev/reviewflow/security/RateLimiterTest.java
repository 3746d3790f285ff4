package dev.reviewflow.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import dev.reviewflow.support.MovableClock;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The limiter on a clock the test moves: it limits per minute and forgets callers whose minute is over. */
class RateLimiterTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-05-01T10:00:00Z"));
    private final RateLimiter limiter = new RateLimiter(clock, perMinute(3));

    @Test
    void aCallerOverTheLimitWaitsForTheNextMinute() {
        clock.advance(Duration.ofSeconds(15));
        assertEquals(OptionalLong.empty(), limiter.acquire("key:a"));
        assertEquals(OptionalLong.empty(), limiter.acquire("key:a"));
        assertEquals(OptionalLong.empty(), limiter.acquire("key:a"));
        assertEquals(OptionalLong.of(45), limiter.acquire("key:a"));
        assertEquals(OptionalLong.empty(), limiter.acquire("key:b"));

        clock.advance(Duration.ofSeconds(45));
        assertEquals(OptionalLong.empty(), limiter.acquire("key:a"));
    }

    @Test
    void callersWhoseMinuteIsOverAreForgotten() {
        for (int i = 0; i < 10_000; i++) {
            limiter.acquire("key:" + i);
        }
        assertEquals(10_000, limiter.callersTracked());

        clock.advance(Duration.ofMinutes(1));
        assertEquals(OptionalLong.empty(), limiter.acquire("key:new"));
        assertEquals(1, limiter.callersTracked());

        clock.advance(Duration.ofHours(5));
        assertEquals(OptionalLong.empty(), limiter.acquire("key:0"));
        assertEquals(1, limiter.callersTracked());
    }

    @Test
    void forgettingTheLastMinuteDoesNotForgiveTheCurrentOne() {
        limiter.acquire("key:old");
        clock.advance(Duration.ofMinutes(1));
        for (int i = 0; i < 3; i++) {
            assertEquals(OptionalLong.empty(), limiter.acquire("key:busy"));
        }
        assertEquals(1, limiter.callersTracked());
        assertEquals(OptionalLong.of(60), limiter.acquire("key:busy"));
    }

    private static SecurityConfig perMinute(int requests) {
        return new SecurityConfig() {
            @Override
            public Optional<String> bootstrapAdminKey() {
                return Optional.empty();
            }

            @Override
            public int requestsPerMinute() {
                return requests;
            }

            @Override
            public int failedAuthenticationsPerMinute() {
                return requests;
            }

            @Override
            public Duration oidcKeyMaxLifetime() {
                return Duration.ofDays(30);
            }
        };
    }
}
