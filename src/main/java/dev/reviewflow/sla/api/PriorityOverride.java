package dev.reviewflow.sla.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.reviewflow.complaint.Priority;

@Schema(description = "Targets for complaints of one priority (the priority when the clock starts).")
public record PriorityOverride(
        @NotNull @Schema(required = true) Priority priority,
        @NotNull @Valid @Schema(required = true) SlaTargets targets) {}
