package dev.reviewflow.webhook.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.reviewflow.webhook.WebhookSubscription;

@Schema(name = "WebhookSubscription")
public record WebhookSubscriptionView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String url,

        @Schema(description = "The event types sent; null: all of them.", required = true, nullable = true)
        List<String> events,

        @Schema(required = true, nullable = true) String description,

        @Schema(description = "Whether events are sent.", required = true)
        boolean active,

        @Schema(
                description = "Why delivery stopped by itself: \"gone\" when the receiver answered 410. Cleared when"
                        + " the subscription is made active again.",
                required = true,
                nullable = true)
        String disabledReason,

        @Schema(
                description = "Whether events carry the customer's contact details: only when the key or token that"
                        + " created the subscription had pii:read.",
                required = true)
        boolean includeCustomer,

        @Schema(required = true) Instant createdAt,

        @Schema(description = "The key or token subject that created it.", required = true)
        String createdBy,

        @Schema(
                description =
                        "Until when the secret replaced by the last rotation still signs beside the current"
                                + " one (in the past once that overlap is over); null before any rotation and after one without overlap.",
                required = true,
                nullable = true)
        Instant previousSecretExpiresAt,

        @Schema(description = "Increases with every change; the ETag is this number in quotes.", required = true)
        long version,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
                description = "The signing secret (whsec_ and base64): in the answers that create the subscription"
                        + " and rotate its secret, and never again.")
        String secret) {

    public static WebhookSubscriptionView of(WebhookSubscription subscription, String secret) {
        return new WebhookSubscriptionView(
                subscription.id,
                subscription.url,
                subscription.events == null ? null : List.copyOf(subscription.events),
                subscription.description,
                subscription.active,
                subscription.disabledReason,
                subscription.includeCustomer,
                subscription.createdAt,
                subscription.createdBy,
                subscription.previousSecretExpiresAt,
                subscription.version,
                secret);
    }
}
