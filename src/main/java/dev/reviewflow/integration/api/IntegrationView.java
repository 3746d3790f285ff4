package dev.reviewflow.integration.api;

import java.time.Instant;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.reviewflow.complaint.Outcome;
import dev.reviewflow.integration.HelpDesk;

@Schema(name = "Integration", description = "A workspace's settings for the inbound events of one help-desk.")
public record IntegrationView(
        @Schema(required = true) HelpDesk system,
        @Schema(required = true) boolean active,
        @Schema(required = true) Map<String, Outcome> outcomeMapping,

        @Schema(
                description = "The URL to paste into the help-desk's webhook settings: it names the workspace.",
                required = true)
        String eventsUrl,

        @Schema(
                description = "The secret the help-desk signs with: shown only when reviewflow has just made it (on"
                        + " creation and rotation), never again.",
                required = true,
                nullable = true)
        String secret,

        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {}
