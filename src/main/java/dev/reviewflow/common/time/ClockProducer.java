package dev.reviewflow.common.time;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.quarkus.arc.DefaultBean;

/** The clock every timestamp comes from, so that time can be controlled where a test needs it. */
public class ClockProducer {

    @Produces
    @ApplicationScoped
    @DefaultBean
    Clock clock() {
        // PostgreSQL keeps microseconds: a finer clock would answer a write with a time that a
        // later read of the same row cannot reproduce.
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
