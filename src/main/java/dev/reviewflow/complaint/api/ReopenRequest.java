package dev.reviewflow.complaint.api;

import jakarta.validation.constraints.NotBlank;

import dev.reviewflow.common.validation.ValidText;

public record ReopenRequest(
        @NotBlank @ValidText(max = 2_000) String reason) {}
