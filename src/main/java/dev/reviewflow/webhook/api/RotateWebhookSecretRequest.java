package dev.reviewflow.webhook.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record RotateWebhookSecretRequest(
        @Schema(
                description = "How long the old secret keeps signing beside the new one, as an ISO 8601 duration"
                        + " from PT0S (stop at once) to P7D; PT24H unless given.",
                examples = "PT24H",
                nullable = true)
        String overlap) {}
