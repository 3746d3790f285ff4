package dev.reviewflow.reply.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.reviewflow.reply.guard.Finding;

public record ReplyCheckResult(
        @Schema(
                description =
                        "False when a finding has severity reject: posting this reply in public would be refused.",
                required = true)
        boolean acceptable,

        @Schema(required = true) List<Finding> findings) {}
