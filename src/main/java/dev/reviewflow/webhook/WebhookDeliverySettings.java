package dev.reviewflow.webhook;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How webhook deliveries are sent and retried (README "Configuration"). */
@ConfigMapping(prefix = "reviewflow.webhooks.delivery")
public interface WebhookDeliverySettings {

    /** The waits after the 1st, 2nd, ... failed attempt; one more attempt than delays, then the delivery is dead. */
    @WithDefault("5s,5m,30m,2h,5h,10h,10h")
    List<Duration> retryDelays();

    /** Connection and answer together: a receiver that takes longer has failed the attempt. */
    @WithDefault("10s")
    Duration timeout();

    /**
     * How long a claimed delivery belongs to the replica that claimed it. Longer than the timeout:
     * only a replica that died mid-attempt lets it lapse, and then another one sends again.
     */
    @WithDefault("30s")
    Duration lease();

    /** How often a replica looks for due deliveries besides being woken by its own commits. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Attempts one replica makes at the same time. */
    @WithDefault("16")
    int senders();

    /** Attempts under way to one subscription at the same time, across all replicas. */
    @WithDefault("8")
    int maxInFlightPerSubscription();

    /** How long delivered deliveries (and then their events) are kept; dead ones stay until redelivered. */
    @WithDefault("P30D")
    Duration retention();
}
