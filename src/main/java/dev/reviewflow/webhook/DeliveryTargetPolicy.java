package dev.reviewflow.webhook;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The webhook target policy (reviewflow.webhooks.allow-*), as checked again before every attempt. */
@ApplicationScoped
class DeliveryTargetPolicy {

    private final TargetAddresses.Policy policy;

    DeliveryTargetPolicy(
            @ConfigProperty(name = "reviewflow.webhooks.allow-http", defaultValue = "false") boolean allowHttp,
            @ConfigProperty(name = "reviewflow.webhooks.allow-loopback", defaultValue = "false") boolean allowLoopback,
            @ConfigProperty(name = "reviewflow.webhooks.allow-private-networks", defaultValue = "false")
                    boolean allowPrivateNetworks) {
        this.policy = new TargetAddresses.Policy(allowHttp, allowLoopback, allowPrivateNetworks);
    }

    TargetAddresses.Policy policy() {
        return policy;
    }
}
