package dev.reviewflow.complaint.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "SlaClocks",
        description = "The complaint's SLA clocks (README \"SLA clocks\"). A clock is null when the complaint's"
                + " SLA policy sets no target for it, or it has not started (private contact starts with the"
                + " acknowledgement).")
public record SlaClocks(
        @Schema(description = "From receipt to the first public answer.", required = true, nullable = true)
        SlaClockState acknowledgement,

        @Schema(
                description = "From the first public answer to the move to a private conversation.",
                required = true,
                nullable = true)
        SlaClockState privateContact,

        @Schema(
                description = "From receipt, or from the latest reopening, to resolution.",
                required = true,
                nullable = true)
        SlaClockState resolution) {}
