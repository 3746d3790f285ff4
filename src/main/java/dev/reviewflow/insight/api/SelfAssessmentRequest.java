package dev.reviewflow.insight.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How well the business believes it serves its customers.")
public record SelfAssessmentRequest(
        @NotNull
        @DecimalMin("0.0")
        @DecimalMax("1.0")
        @Schema(
                description = "The share of customers (0.0 to 1.0) the business believes it serves excellently.",
                examples = "0.62")
        Double excellentShare) {}
