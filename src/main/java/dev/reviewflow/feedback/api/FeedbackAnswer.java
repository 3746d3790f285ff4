package dev.reviewflow.feedback.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The customer's answer as stored: the latest one for the complaint's current resolution.")
public record FeedbackAnswer(
        @Schema(required = true) UUID complaintId,
        @Schema(required = true) int satisfaction,
        @Schema(required = true) boolean wouldReturn,
        @Schema(required = true, nullable = true) String comment,
        @Schema(required = true) Instant answeredAt,

        @Schema(description = "The resolution answered (the complaint's resolvedAt).", required = true)
        Instant resolvedAt,

        @Schema(
                description = "true when this answer replaced an earlier one to the same resolution (200);"
                        + " false for the first (201).",
                required = true)
        boolean replaced) {}
