package dev.reviewflow.insight.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SelfAssessment", description = "The workspace's own estimate; null until it gives one.")
public record SelfAssessmentView(
        @Schema(
                description = "The share of customers (0.0 to 1.0) the business believes it serves excellently.",
                required = true,
                nullable = true)
        Double excellentShare,

        @Schema(required = true, nullable = true) Instant assessedAt) {}
