package dev.reviewflow.insight.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What customers answered after the resolution (each complaint's latest answer).")
public record SatisfactionFigures(
        @Schema(description = "Complaints with an answer.", required = true)
        long answers,

        @Schema(description = "Average satisfaction, 1 to 5.", required = true, nullable = true)
        Double averageSatisfaction,

        @Schema(description = "Share of answers saying they would return.", required = true, nullable = true)
        Double wouldReturnShare) {}
