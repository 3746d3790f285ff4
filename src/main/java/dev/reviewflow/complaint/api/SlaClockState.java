package dev.reviewflow.complaint.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.reviewflow.complaint.ClockStatus;

@Schema(name = "SlaClockState", description = "One SLA clock.")
public record SlaClockState(
        @Schema(description = "When its step is due, counted in the policy's calendar.", required = true)
        Instant dueAt,

        @Schema(
                description = "met or missed once its step is reached (by or after dueAt); missed also once dueAt"
                        + " passed without it; running while counting; paused while the calendar is closed, or"
                        + " when the complaint was resolved before the step (nothing counts after resolution).",
                required = true)
        ClockStatus status,

        @Schema(description = "When its step was reached.", required = true, nullable = true)
        Instant reachedAt) {}
