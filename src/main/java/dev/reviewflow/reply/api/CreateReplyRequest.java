package dev.reviewflow.reply.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.reviewflow.common.validation.ValidText;
import dev.reviewflow.reply.ReplyVisibility;

public record CreateReplyRequest(
        @NotNull ReplyVisibility visibility,
        @NotBlank @ValidText(max = 10_000) String body,

        @NotBlank @ValidText(max = 200) @Schema(examples = "Maria, support team")
        String author) {}
