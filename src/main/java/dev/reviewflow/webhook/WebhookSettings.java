package dev.reviewflow.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Webhook configuration. Everything beyond public https targets is off unless configured: a
 * receiver URL must not let a workspace admin make the service call into its own network.
 */
@ConfigMapping(prefix = "reviewflow.webhooks")
public interface WebhookSettings {

    /** Whether plain http receivers are allowed (tests run their receivers without TLS). */
    @WithDefault("false")
    boolean allowHttp();

    /** Whether receivers on loopback addresses (127.0.0.0/8, ::1) are allowed. */
    @WithDefault("false")
    boolean allowLoopback();

    /** Whether receivers on private, carrier-grade NAT and unique-local networks are allowed. */
    @WithDefault("false")
    boolean allowPrivateNetworks();

    /** How many subscriptions one workspace may have. */
    @WithDefault("20")
    int maxSubscriptionsPerWorkspace();

    /** The targets configuration allows: checked when a subscription is saved and before every send. */
    default TargetAddresses.Policy targetPolicy() {
        return new TargetAddresses.Policy(allowHttp(), allowLoopback(), allowPrivateNetworks());
    }
}
