package dev.reviewflow.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When a failed delivery is tried again: after the n-th failed attempt, the n-th delay, spread by
 * a jitter so that the deliveries of one receiver that failed together do not return together.
 * After as many failed attempts as there are delays plus one, the delivery is dead. Pure: the
 * random draw is given.
 */
public final class RetrySchedule {

    /** How far a delay may stray either way, as a fraction of it. */
    static final double JITTER = 0.2;

    private final List<Duration> delays;

    public RetrySchedule(List<Duration> delays) {
        if (delays.isEmpty() || delays.stream().anyMatch(delay -> delay.isNegative() || delay.isZero())) {
            throw new IllegalArgumentException("retry delays must be positive, and at least one: " + delays);
        }
        this.delays = List.copyOf(delays);
    }

    /** Every attempt a delivery gets, the first included. */
    public int maxAttempts() {
        return delays.size() + 1;
    }

    /**
     * How long to wait after {@code failedAttempts} failed attempts (1 after the first), or empty
     * when that was the last one.
     *
     * @param random a draw from [0, 1): 0.5 gives the delay as configured
     */
    public Optional<Duration> delayAfter(int failedAttempts, double random) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("no attempt failed yet: " + failedAttempts);
        }
        if (failedAttempts >= maxAttempts()) {
            return Optional.empty();
        }
        Duration delay = delays.get(failedAttempts - 1);
        double factor = 1 - JITTER + 2 * JITTER * random;
        return Optional.of(Duration.ofNanos(Math.round(delay.toNanos() * factor)));
    }
}
