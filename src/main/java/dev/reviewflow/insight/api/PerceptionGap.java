package dev.reviewflow.insight.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "The business's own estimate against its customers' answers. \"Excellent\" is satisfaction 5"
                + " of 5.")
public record PerceptionGap(
        @Schema(
                description = "The share the workspace believes it serves excellently (self-assessment).",
                required = true,
                nullable = true)
        Double selfAssessedExcellentShare,

        @Schema(description = "The share of answers with satisfaction 5.", required = true, nullable = true)
        Double customerExcellentShare,

        @Schema(
                description = "selfAssessedExcellentShare minus customerExcellentShare; positive: the business"
                        + " rates itself higher than its customers do.",
                required = true,
                nullable = true)
        Double gap) {}
