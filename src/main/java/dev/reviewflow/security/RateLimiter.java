package dev.reviewflow.security;

import java.time.Clock;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Requests per caller per clock minute, counted in this replica's memory: cheap on every
 * request, and a replica that restarts forgives at most one minute. With N replicas behind a
 * load balancer a caller may reach up to N times the limit; the README says so.
 *
 * <p>A count matters only during its minute, so the first request of each new minute drops
 * the counts of earlier minutes: the map holds the callers of the current minute only, not
 * every key or token ever seen.
 */
@ApplicationScoped
public class RateLimiter {

    private record Window(long minute, int count) {}

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();
    private final AtomicLong sweptMinute = new AtomicLong(Long.MIN_VALUE);
    private final Clock clock;
    private final int perMinute;

    RateLimiter(Clock clock, SecurityConfig config) {
        this.clock = clock;
        this.perMinute = config.requestsPerMinute();
    }

    /** Counts one request; when over the limit, the seconds until the caller may try again. */
    public OptionalLong acquire(String caller) {
        long now = clock.millis();
        long minute = now / 60_000;
        if (sweptMinute.getAndSet(minute) != minute) {
            // Removes an entry only if it still holds that old window, so a count of this minute
            // that another thread writes meanwhile is never lost.
            windows.values().removeIf(window -> window.minute() < minute);
        }
        Window window = windows.compute(
                caller,
                (key, current) -> current == null || current.minute() != minute
                        ? new Window(minute, 1)
                        : new Window(minute, current.count() + 1));
        if (window.count() <= perMinute) {
            return OptionalLong.empty();
        }
        long secondsLeft = ((minute + 1) * 60_000 - now + 999) / 1000;
        return OptionalLong.of(Math.max(1, secondsLeft));
    }

    /** How many callers the limiter holds a count for. */
    int callersTracked() {
        return windows.size();
    }
}
