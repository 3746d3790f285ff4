package dev.reviewflow.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * Counts the 429 answers, by why: a key or token over its requests per minute, or a client
 * address over its failed authentications. Neither the key nor the address is a label: both
 * would be unbounded, and an address is personal data.
 */
@Startup
@ApplicationScoped
public class Throttling {

    private final Counter rateLimited;
    private final Counter failedAuthentications;

    Throttling(MeterRegistry registry) {
        this.rateLimited = counter(registry, "rate-limit");
        this.failedAuthentications = counter(registry, "failed-authentications");
    }

    void rateLimited() {
        rateLimited.increment();
    }

    void failedAuthentications() {
        failedAuthentications.increment();
    }

    private static Counter counter(MeterRegistry registry, String reason) {
        return Counter.builder("reviewflow.throttled.requests")
                .description("Requests answered 429, by reason.")
                .tag("reason", reason)
                .register(registry);
    }
}
