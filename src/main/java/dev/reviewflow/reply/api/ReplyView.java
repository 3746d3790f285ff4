package dev.reviewflow.reply.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.reviewflow.reply.Reply;
import dev.reviewflow.reply.ReplyVisibility;
import dev.reviewflow.reply.guard.Finding;

@Schema(name = "Reply")
public record ReplyView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID complaintId,
        @Schema(required = true) ReplyVisibility visibility,
        @Schema(required = true) String body,
        @Schema(required = true) String author,

        @Schema(
                description = "Reply-guard warnings (public replies only); refused replies are never stored.",
                required = true)
        List<Finding> findings,

        @Schema(required = true) Instant createdAt) {

    public static ReplyView of(Reply reply) {
        return new ReplyView(
                reply.id,
                reply.complaintId,
                reply.visibility,
                reply.body,
                reply.author,
                reply.findings == null ? List.of() : reply.findings,
                reply.createdAt);
    }
}
