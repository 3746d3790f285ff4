package dev.reviewflow.webhook.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookDelivery", description = "One event sent, or to be sent, to one subscription.")
public record DeliveryView(
        @Schema(
                description = "Also the webhook-id header: the same on every attempt and on redelivery.",
                required = true)
        UUID id,

        @Schema(required = true) UUID eventId,

        @Schema(description = "The event's type, such as complaint.resolved or webhook.ping.", required = true)
        String eventType,

        @Schema(description = "The complaint the event is about; null for a ping.", required = true, nullable = true)
        UUID complaintId,

        @Schema(
                description = "The event's position in the complaint's history; null for a ping.",
                required = true,
                nullable = true)
        Integer sequence,

        @Schema(required = true) DeliveryStatus status,

        @Schema(description = "Attempts made, the one under way included; 0 again after a redelivery.", required = true)
        int attempts,

        @Schema(
                description = "The receiver's HTTP status at the last attempt; null when none answered.",
                required = true,
                nullable = true)
        Integer lastStatusCode,

        @Schema(description = "How long the last attempt took, in milliseconds.", required = true, nullable = true)
        Integer lastLatencyMs,

        @Schema(description = "Why the last attempt failed.", required = true, nullable = true)
        String lastError,

        @Schema(required = true, nullable = true) Instant lastAttemptAt,

        @Schema(
                description = "When the next attempt is due (or, while one is under way, when its claim lapses);"
                        + " null unless pending.",
                required = true,
                nullable = true)
        Instant nextAttemptAt,

        @Schema(required = true, nullable = true) Instant deliveredAt,

        @Schema(required = true) Instant createdAt) {}
