package dev.reviewflow.insight.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The SLA met share per clock.")
public record SlaMetShares(
        @Schema(required = true) SlaMetShare acknowledgement,
        @Schema(required = true) SlaMetShare privateContact,
        @Schema(required = true) SlaMetShare resolution) {}
