package dev.reviewflow.sla.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.reviewflow.complaint.Channel;

@Schema(description = "Targets for complaints from one channel.")
public record ChannelOverride(
        @NotNull @Schema(required = true) Channel channel,
        @NotNull @Valid @Schema(required = true) SlaTargets targets) {}
