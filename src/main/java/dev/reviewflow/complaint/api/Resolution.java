package dev.reviewflow.complaint.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.reviewflow.complaint.Outcome;

public record Resolution(
        @Schema(required = true) Outcome outcome,
        @Schema(required = true) String summary) {}
