package dev.reviewflow.insight.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How long complaints took from being received to one step; null figures when none took it.")
public record TimeToStep(
        @Schema(description = "Complaints that took the step.", required = true)
        long count,

        @Schema(description = "Median, in seconds.", required = true, nullable = true)
        Double medianSeconds,

        @Schema(description = "90th percentile, in seconds.", required = true, nullable = true)
        Double p90Seconds) {}
