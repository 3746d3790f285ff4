package dev.reviewflow.sla.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "A workspace's SLA policy. An override replaces the targets it sets; when a priority and a"
                + " channel override both set a clock, the shorter target counts.")
public record SlaPolicyRequest(
        @NotNull @Valid @Schema(required = true) SlaTargets targets,

        @Size(max = 4) @Schema(nullable = true) List<@NotNull @Valid PriorityOverride> priorityOverrides,

        @Size(max = 20) @Schema(nullable = true) List<@NotNull @Valid ChannelOverride> channelOverrides,

        @NotNull @Valid @Schema(required = true) SlaCalendar calendar) {}
