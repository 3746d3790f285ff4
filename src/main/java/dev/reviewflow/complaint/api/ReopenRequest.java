package dev.reviewflow.complaint.api;

import jakarta.validation.constraints.NotBlank;

import dev.reviewflow.common.validation.ValidText;
import dev.reviewflow.complaint.ComplaintFields;

public record ReopenRequest(
        @NotBlank @ValidText(max = ComplaintFields.NOTE_MAX) String reason) {}
