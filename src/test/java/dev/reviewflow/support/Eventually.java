package dev.reviewflow.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.fail;

/** Waits for an asynchronous effect (a scheduled job's) by polling, up to a deadline. */
public final class Eventually {

    private static final Duration POLL = Duration.ofMillis(100);

    private Eventually() {}

    /** The first value of {@code probe} that is {@code done}; fails when none is within {@code timeout}. */
    public static <T> T within(Duration timeout, Supplier<T> probe, Predicate<T> done) {
        Instant deadline = Instant.now().plus(timeout);
        T value = probe.get();
        while (!done.test(value)) {
            if (Instant.now().isAfter(deadline)) {
                fail("still " + value + " after " + timeout);
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            value = probe.get();
        }
        return value;
    }
}
