package dev.reviewflow.reply.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.reviewflow.common.validation.ValidText;
import dev.reviewflow.complaint.ComplaintFields;
import dev.reviewflow.reply.ReplyVisibility;

public record CreateReplyRequest(
        @NotNull ReplyVisibility visibility,

        @NotBlank @ValidText(max = ComplaintFields.REPLY_MAX)
        String body,

        @NotBlank @ValidText(max = ComplaintFields.REPLY_AUTHOR_MAX) @Schema(examples = "Maria, support team")
        String author) {}
