package dev.reviewflow.webhook;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;

/**
 * Counts webhook attempts by what came of them, and times them: a receiver that fails or slows
 * down shows in the metrics before the help-desk notices missing events. Per replica, without a
 * subscription or workspace label (that would put tenant names into the metrics store).
 */
@Startup
@ApplicationScoped
public class DeliveryMetrics {

    /** What an attempt came to. */
    enum Outcome {
        /** Answered 2xx. */
        DELIVERED,
        /** Failed; another attempt is scheduled. */
        RETRIED,
        /** Failed for the last time. */
        DEAD,
        /** Answered 410: the subscription was disabled. */
        GONE
    }

    private final Map<Outcome, Counter> attempts = new EnumMap<>(Outcome.class);
    private final Timer duration;

    DeliveryMetrics(MeterRegistry registry) {
        for (Outcome outcome : Outcome.values()) {
            attempts.put(
                    outcome,
                    Counter.builder("reviewflow.webhook.attempts")
                            .description("Webhook delivery attempts, by what came of them.")
                            .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                            .register(registry));
        }
        this.duration = Timer.builder("reviewflow.webhook.attempt.duration")
                .description("From sending a webhook to the end of its answer, or of waiting for one.")
                .register(registry);
    }

    void attempted(Outcome outcome, int latencyMs) {
        attempts.get(outcome).increment();
        duration.record(Duration.ofMillis(latencyMs));
    }
}
