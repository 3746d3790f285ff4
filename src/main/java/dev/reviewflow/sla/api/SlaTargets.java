package dev.reviewflow.sla.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "How long each SLA clock may run, as ISO 8601 durations (PT1H, PT30M, P2D) of the calendar's"
                + " open time; null or absent: no such clock.")
public record SlaTargets(
        @Schema(description = "From receipt to the first public answer.", examples = "PT1H", nullable = true)
        String acknowledgement,

        @Schema(
                description = "From the first public answer to the move to a private conversation.",
                examples = "PT4H",
                nullable = true)
        String privateContact,

        @Schema(description = "From receipt, or from a reopening, to resolution.", examples = "P3D", nullable = true)
        String resolution) {}
