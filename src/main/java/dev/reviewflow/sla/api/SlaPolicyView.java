package dev.reviewflow.sla.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SlaPolicy", description = "A workspace's SLA policy and the complaints it applies to.")
public record SlaPolicyView(
        @Schema(required = true) SlaTargets targets,
        @Schema(required = true) List<PriorityOverride> priorityOverrides,
        @Schema(required = true) List<ChannelOverride> channelOverrides,
        @Schema(required = true) SlaCalendar calendar,

        @Schema(
                description = "Complaints received from this instant on follow this policy; null for the built-in"
                        + " default, which applies while no policy was set.",
                required = true,
                nullable = true)
        Instant effectiveFrom,

        @Schema(
                description = "The complaints this policy applies to, in words: a change applies to complaints"
                        + " received afterwards, never to those already received.",
                examples = "complaints received from 2026-05-04T10:00:00Z",
                required = true)
        String appliesTo) {}
