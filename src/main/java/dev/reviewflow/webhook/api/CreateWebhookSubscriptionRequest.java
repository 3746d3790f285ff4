package dev.reviewflow.webhook.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.reviewflow.common.validation.ValidText;

public record CreateWebhookSubscriptionRequest(
        @NotBlank
        @ValidText(max = WebhookSubscriptionFields.URL_MAX)
        @Schema(
                description = "Where events are POSTed: https, on a host that resolves to public addresses only"
                        + " (configuration may allow http, loopback or private networks).",
                examples = "https://helpdesk.example.com/hooks/reviewflow")
        String url,

        @Schema(description = WebhookSubscriptionFields.EVENTS_DESCRIPTION, nullable = true)
        List<@NotNull String> events,

        @ValidText(max = WebhookSubscriptionFields.DESCRIPTION_MAX) @Schema(nullable = true)
        String description,

        @Schema(description = "Whether events are sent; true unless given.", nullable = true)
        Boolean active) {}
