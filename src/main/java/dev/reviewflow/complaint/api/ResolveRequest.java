package dev.reviewflow.complaint.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import dev.reviewflow.common.validation.ValidText;
import dev.reviewflow.complaint.ComplaintFields;
import dev.reviewflow.complaint.Outcome;

public record ResolveRequest(
        @NotNull Outcome outcome,
        @NotBlank @ValidText(max = ComplaintFields.NOTE_MAX) String summary) {}
