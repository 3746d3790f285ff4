package dev.reviewflow.complaint.api;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.reviewflow.common.validation.ValidText;
import dev.reviewflow.complaint.ComplaintFields;
import dev.reviewflow.complaint.PrivateChannel;

public record MoveToPrivateRequest(
        @NotNull PrivateChannel channel,

        @ValidText(max = ComplaintFields.NOTE_MAX) @Schema(nullable = true)
        String note) {}
